package io.capokr.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.aokit.wiring.PluginBeans;
import io.capokr.aokit.wiring.PluginWiring;
import io.capokr.aokit.wiring.SpringBeansXml;
import io.capokr.rest.ErrorJson;
import io.capokr.rest.ErrorResponses;
import io.capokr.service.AdjustmentService;
import io.capokr.service.CarryOverService;
import io.capokr.service.CalibrationService;
import io.capokr.service.IssuePanelService;
import io.capokr.service.CheckInService;
import io.capokr.service.CompanyOkrService;
import io.capokr.service.CycleService;
import io.capokr.service.GradeService;
import io.capokr.service.HistoryService;
import io.capokr.service.InitiativeService;
import io.capokr.service.IssueSync;
import io.capokr.service.KeyResultIssuesService;
import io.capokr.service.KeyResultService;
import io.capokr.service.MeetingItemService;
import io.capokr.service.ObjectiveService;
import io.capokr.service.PlanService;
import io.capokr.service.ProjectCyclesService;
import io.capokr.service.ProjectOkrService;
import io.capokr.service.Reconcile;
import io.capokr.service.SettingsService;
import io.capokr.service.ReviewService;
import io.capokr.service.ServiceException;
import io.capokr.service.SynthesisService;
import io.capokr.service.WeeklyService;
import io.capokr.store.CheckInEntity;
import io.capokr.store.CycleEntity;
import io.capokr.store.InitiativeEntity;
import io.capokr.store.KeyResultEntity;
import io.capokr.store.KrAdjustmentEntity;
import io.capokr.store.MeetingItemEntity;
import io.capokr.store.ObjectiveEntity;
import io.capokr.store.PlanEntity;
import io.capokr.store.PlanPriorityEntity;
import io.capokr.store.ProgressSnapEntity;
import io.capokr.store.ReviewEntity;
import io.capokr.web.ProjectPageContextFactory;
import net.java.ao.RawEntity;

/**
 * The app's services wired from the plugin's own {@code plugin-context.xml}, as the sandbox wires them, on a
 * real ActiveObjects and a {@link FakeHost}: what service tests exercise, from permission check to SQL, so
 * that every service test exercises the Spring XML too. The Jira adapters are stood in for by the fake host
 * (and the messages by the real i18n bundle), and the XML's system clock by the fake host's fixed "now".
 */
public final class Okr {

    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
            CycleEntity.class, ObjectiveEntity.class, KeyResultEntity.class, InitiativeEntity.class, CheckInEntity.class,
            ProgressSnapEntity.class, PlanEntity.class, PlanPriorityEntity.class, MeetingItemEntity.class, ReviewEntity.class,
            KrAdjustmentEntity.class};

    public final CycleService cycles;
    public final ObjectiveService objectives;
    public final KeyResultService keyResults;
    public final InitiativeService initiatives;
    public final CheckInService checkIns;
    public final ProjectOkrService projectOkrs;
    public final ProjectCyclesService projectCycles;
    public final CompanyOkrService companyOkrs;
    public final IssueSync issueSync;
    public final HistoryService history;
    public final ProjectPageContextFactory projectPage;
    public final ReviewService reviews;
    public final AdjustmentService adjustments;
    public final GradeService grades;
    public final SynthesisService synthesis;
    public final WeeklyService weekly;
    public final MeetingItemService meetingItems;
    public final CarryOverService carryOver;
    public final PlanService plans;
    public final CalibrationService calibration;
    public final Reconcile reconcile;
    public final KeyResultIssuesService keyResultIssues;
    public final IssuePanelService issuePanel;
    public final SettingsService settings;
    public final io.capokr.service.ChartService charts;
    public final io.capokr.service.ProjectChartService projectCharts;
    private final ErrorResponses errors;

    public Okr(ActiveObjects ao, FakeHost host, Locale locale) {
        PluginBeans beans = new PluginWiring(Okr.class.getClassLoader(), List.of(host, new BundleMessages(locale)),
                Map.of(ActiveObjects.class.getName(), ao))
                .replacing("clock", host)
                .wire(SpringBeansXml.load(Okr.class.getClassLoader()));
        cycles = beans.bean(CycleService.class);
        objectives = beans.bean(ObjectiveService.class);
        keyResults = beans.bean(KeyResultService.class);
        initiatives = beans.bean(InitiativeService.class);
        checkIns = beans.bean(CheckInService.class);
        projectOkrs = beans.bean(ProjectOkrService.class);
        projectCycles = beans.bean(ProjectCyclesService.class);
        companyOkrs = beans.bean(CompanyOkrService.class);
        issueSync = beans.bean(IssueSync.class);
        history = beans.bean(HistoryService.class);
        projectPage = beans.bean(ProjectPageContextFactory.class);
        carryOver = beans.bean(CarryOverService.class);
        plans = beans.bean(PlanService.class);
        calibration = beans.bean(CalibrationService.class);
        reconcile = beans.bean(Reconcile.class);
        keyResultIssues = beans.bean(KeyResultIssuesService.class);
        issuePanel = beans.bean(IssuePanelService.class);
        settings = beans.bean(SettingsService.class);
        errors = beans.bean(ErrorResponses.class);
        reviews = beans.bean(ReviewService.class);
        adjustments = beans.bean(AdjustmentService.class);
        grades = beans.bean(GradeService.class);
        synthesis = beans.bean(SynthesisService.class);
        weekly = beans.bean(WeeklyService.class);
        meetingItems = beans.bean(MeetingItemService.class);
        charts = beans.bean(io.capokr.service.ChartService.class);
        projectCharts = beans.bean(io.capokr.service.ProjectChartService.class);
    }

    public Okr(ActiveObjects ao, FakeHost host) {
        this(ao, host, Locale.ROOT);
    }

    /** A refusal as the caller reads it: translated at the REST edge, in this wiring's language. */
    public ErrorJson asCallerReadsIt(ServiceException refusal) {
        return errors.body(refusal);
    }
}
