package io.capokr.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.capokr.host.Messages;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleRules;
import io.capokr.okr.Objective;
import io.capokr.okr.UserRef;
import io.capokr.service.CarryNote;
import io.capokr.service.CarryOverService;
import io.capokr.service.InitiativeService;
import io.capokr.service.PeopleService;
import io.capokr.service.PlanService;
import io.capokr.service.ProjectCycles;
import io.capokr.service.ProjectCyclesService;
import io.capokr.service.ProjectOkrService;
import io.capokr.service.ProjectOkrs;
import io.capokr.service.ReviewService;
import io.capokr.service.ServiceException;
import io.capokr.service.ShownInitiatives;

/**
 * Builds the Velocity context of the project page: {@code $page} (a {@link ProjectPageView}) and {@code $texts}
 * (an {@link I18nView}). Jira's context provider and the sandbox both call this, so the template sees the same
 * objects in both. A fixed number of statements whatever the number of objectives, key results or links.
 */
public class ProjectPageContextFactory {

    public static final String PAGE = "page";
    public static final String TEXTS = "texts";
    /** The query parameter naming the cycle to show; without it (or with a bad one) the default cycle shows. */
    public static final String CYCLE_PARAMETER = "cycle";
    /** Linked issues named per key result on first paint; the rest are counted. */
    static final int ISSUES_LISTED = 25;

    private final ProjectCyclesService cycles;
    private final ProjectOkrService okrs;
    private final InitiativeService initiatives;
    private final PeopleService people;
    private final PlanService plans;
    private final Messages messages;
    private final ReviewService reviews;
    private final CarryOverService carryOver;

    public ProjectPageContextFactory(ProjectCyclesService cycles, ProjectOkrService okrs, InitiativeService initiatives,
                                     PeopleService people, PlanService plans, Messages messages, ReviewService reviews,
                                     CarryOverService carryOver) {
        this.cycles = cycles;
        this.okrs = okrs;
        this.initiatives = initiatives;
        this.people = people;
        this.plans = plans;
        this.messages = messages;
        this.reviews = reviews;
        this.carryOver = carryOver;
    }

    /** {@code cycleParameter}: the {@value #CYCLE_PARAMETER} query parameter as sent, or null. */
    public Map<String, Object> contextFor(String projectKey, String cycleParameter) {
        Map<String, Object> context = new HashMap<>();
        context.put(PAGE, viewFor(projectKey, cycleParameter));
        context.put(TEXTS, new I18nView(messages));
        return context;
    }

    private ProjectPageView viewFor(String projectKey, String cycleParameter) {
        if (projectKey == null || projectKey.isBlank()) {
            return ProjectPageView.unavailable(messages.text("capokr.page.noProject"));
        }
        try {
            ProjectCycles page = cycles.forProject(projectKey);
            if (page.cycles().isEmpty()) {
                return ProjectPageView.of(page, List.of(), null);
            }
            ProjectOkrs shown = okrs.forProject(projectKey, knownCycle(page, cycleParameter));
            List<CycleRowView> picker = page.cycles().stream()
                    .map(cycle -> new CycleRowView(cycle, cycle.id() == shown.cycle().id(), messages)).toList();
            ProjectPageView view = ProjectPageView.of(page, picker, okrsView(shown, page.cycles()))
                    .withPlan(new PlanView(plans.get(projectKey, shown.cycle().id()), messages));
            return reviews.midCycleDueSince(shown.project(), shown.cycle())
                    .map(since -> view.withMidCycleDue(messages.text("capokr.review.due", since.toString())))
                    .orElse(view);
        } catch (ServiceException refusal) {
            return ProjectPageView.unavailable(messages.text(refusal.messageKey(), refusal.arguments().toArray()));
        }
    }

    /** The cycle the parameter names if the project page lists it; else null, for the default one. */
    private static Long knownCycle(ProjectCycles page, String cycleParameter) {
        if (cycleParameter == null || !cycleParameter.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(cycleParameter);
        return page.cycles().stream().anyMatch(cycle -> cycle.id() == id) ? id : null;
    }

    private CycleOkrsView okrsView(ProjectOkrs shown, List<Cycle> allCycles) {
        List<Long> keyResultIds = shown.objectives().stream()
                .flatMap(o -> o.keyResults().stream()).map(k -> k.keyResult().id()).toList();
        Map<Long, ShownInitiatives> linked = initiatives.shownFor(keyResultIds, ISSUES_LISTED);
        Map<Long, CarryNote> carried = carryOver.notes(keyResultIds, allCycles);
        Map<String, UserRef> owners = people.byKeys(shown.objectives().stream().flatMap(o -> Stream.concat(
                Stream.of(o.objective().ownerKey()), o.keyResults().stream().map(k -> k.keyResult().ownerKey()))).toList());
        Map<Long, String> alignedTitles = new HashMap<>();
        shown.companyObjectives().forEach(parent -> alignedTitles.put(parent.id(), parent.title()));

        List<ObjectiveView> objectives = new ArrayList<>();
        for (int i = 0; i < shown.objectives().size(); i++) {
            ProjectOkrs.ObjectiveRow row = shown.objectives().get(i);
            List<KeyResultView> keyResults = new ArrayList<>();
            for (int k = 0; k < row.keyResults().size(); k++) {
                ProjectOkrs.KeyResultRow keyResult = row.keyResults().get(k);
                keyResults.add(new KeyResultView(keyResult,
                        linked.getOrDefault(keyResult.keyResult().id(), ShownInitiatives.none()),
                        new Person(owners.get(keyResult.keyResult().ownerKey())), row.canEdit(), shown,
                        Place.of(k, row.keyResults().size()), messages)
                        .withCarryNotes(carryNotes(carried.get(keyResult.keyResult().id())))
                        .withWarnings(WarningTexts.of(keyResult.warnings(), messages)));
            }
            ObjectiveCardView card = new ObjectiveCardView(row.objective(), new Person(owners.get(row.objective().ownerKey())),
                    row.progress(), row.health(), shown.expectedProgress(), messages);
            objectives.add(new ObjectiveView(row, card, alignedTitle(row.objective(), alignedTitles), keyResults,
                    Place.of(i, shown.objectives().size())).withWarnings(WarningTexts.of(row.warnings(), messages)));
        }
        return new CycleOkrsView(new CycleRowView(shown.cycle(), true, CycleRules.overlapping(shown.cycle(), allCycles), messages),
                new SummaryView(shown), objectives,
                shown.companyObjectives().stream().map(parent -> new ChoiceView(parent.id(), parent.title())).toList(),
                shown.canCreateObjectives());
    }

    /** The carry-over notes of one key result, in the reader's language; none for most. */
    private List<String> carryNotes(CarryNote note) {
        List<String> notes = new ArrayList<>();
        if (note != null) {
            if (note.carriedFrom() != null) {
                notes.add(messages.text("capokr.carry.note.from", note.carriedFrom().name()));
            }
            if (note.carriedTo() != null) {
                notes.add(messages.text("capokr.carry.note.to", note.carriedTo().name()));
            }
            if (note.dropped()) {
                notes.add(messages.text("capokr.carry.note.dropped"));
            }
        }
        return notes;
    }

    private static String alignedTitle(Objective objective, Map<Long, String> alignedTitles) {
        return objective.parentId() == null ? "" : Objects.requireNonNullElse(alignedTitles.get(objective.parentId()), "");
    }
}
