package io.capokr.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.capokr.host.Messages;
import io.capokr.okr.UserRef;
import io.capokr.service.CompanyOkrService;
import io.capokr.service.CompanyOkrs;
import io.capokr.service.PeopleService;
import io.capokr.service.ServiceException;

/**
 * Builds the Velocity context of the company page: {@code $page} (a {@link CompanyPageView}) and {@code $texts} (an
 * {@link I18nView}). Jira's servlet and the sandbox both call this and render {@link #TEMPLATE}, so the template sees
 * the same objects in both. A fixed number of statements whatever the number of objectives or projects.
 */
public class CompanyPageContextFactory {

    public static final String PAGE = "page";
    public static final String TEXTS = "texts";
    /** The page's template, rendered inside the host's general page decorator. */
    public static final String TEMPLATE = "templates/company-page.vm";
    /** The query parameter naming the cycle to show, as on the project page. */
    public static final String CYCLE_PARAMETER = ProjectPageContextFactory.CYCLE_PARAMETER;
    /** The web-panel location of a project's OKR page, as the sidebar web-item links to it. */
    static final String PROJECT_PAGE_ITEM = "io.capokr.jira:okr-project-page";

    private final CompanyOkrService okrs;
    private final PeopleService people;
    private final Messages messages;

    public CompanyPageContextFactory(CompanyOkrService okrs, PeopleService people, Messages messages) {
        this.okrs = okrs;
        this.people = people;
        this.messages = messages;
    }

    /**
     * @param cycleParameter the {@value #CYCLE_PARAMETER} query parameter as sent, or null
     * @param contextPath    the host's context path ("" at the root), which links to project pages start with
     */
    public Map<String, Object> contextFor(String cycleParameter, String contextPath) {
        Map<String, Object> context = new HashMap<>();
        context.put(PAGE, viewFor(cycleParameter, contextPath == null ? "" : contextPath));
        context.put(TEXTS, new I18nView(messages));
        return context;
    }

    private CompanyPageView viewFor(String cycleParameter, String contextPath) {
        try {
            CompanyOkrs shown = okrs.forCycleOrDefault(cycleId(cycleParameter));
            if (!shown.hasCycle()) {
                return CompanyPageView.of(shown, List.of(), null, List.of(), List.of());
            }
            List<CycleRowView> picker = shown.cycles().stream()
                    .map(cycle -> new CycleRowView(cycle, cycle.id() == shown.cycle().id(), messages)).toList();
            Map<String, UserRef> owners = people.byKeys(shown.objectives().stream()
                    .flatMap(row -> Stream.of(row.objective().ownerKey())).toList());
            List<CompanyObjectiveView> objectives = new ArrayList<>();
            for (CompanyOkrs.CompanyObjectiveRow row : shown.objectives()) {
                List<AlignedProjectView> aligned = row.aligned().stream()
                        .map(group -> new AlignedProjectView(group.project(), projectLink(contextPath, group.project().key(), shown),
                                group.objectives().stream().map(o -> new AlignedObjectiveView(o, shown.expectedProgress(), messages)).toList()))
                        .toList();
                ObjectiveCardView card = new ObjectiveCardView(row.objective(), new Person(owners.get(row.objective().ownerKey())),
                        row.progress(), row.health(), shown.expectedProgress(), messages);
                objectives.add(new CompanyObjectiveView(row, card, aligned, messages));
            }
            List<ProjectRowView> projects = shown.projects().stream()
                    .map(p -> new ProjectRowView(p, projectLink(contextPath, p.project().key(), shown), messages)).toList();
            return CompanyPageView.of(shown, picker, new CompanySummaryView(shown), objectives, projects);
        } catch (ServiceException refusal) {
            return CompanyPageView.unavailable(messages.text(refusal.messageKey(), refusal.arguments().toArray()));
        }
    }

    /** A well-formed id, else null: a bad parameter shows the default cycle rather than an error. */
    private static Long cycleId(String cycleParameter) {
        return cycleParameter == null || !cycleParameter.matches("[0-9]{1,18}") ? null : Long.parseLong(cycleParameter);
    }

    /** The project's OKR page, on the cycle this page shows. */
    private static String projectLink(String contextPath, String projectKey, CompanyOkrs shown) {
        return contextPath + "/projects/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20")
                + "?selectedItem=" + PROJECT_PAGE_ITEM + "&" + CYCLE_PARAMETER + "=" + shown.cycle().id();
    }
}
