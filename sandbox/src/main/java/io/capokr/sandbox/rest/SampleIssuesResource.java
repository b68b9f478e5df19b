package io.capokr.sandbox.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.host.Access;
import io.capokr.host.Messages;
import io.capokr.okr.UserRef;
import io.capokr.rest.ErrorJson;
import io.capokr.rest.ErrorResponses;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.service.KeyResultIssuesService;
import io.capokr.service.ServiceException;
import io.capokr.sandbox.host.SampleTracker.Issue;
import io.capokr.sandbox.host.SampleTracker.ProjectPermission;
import io.capokr.sandbox.host.SampleTracker.Status;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The sandbox's own issue API, at {@code /rest/sandbox/1.0/issues}: lists the sample issues, and moves or
 * deletes them as Jira's issue view would, so that tests and demos can watch progress follow. Each change
 * goes through the tracker, which publishes it to the plugin's {@code IssueSync}, as Jira's events do.
 *
 * <p>Jira's rules: logged-in users only (401); an issue the caller cannot see is a 404, worded exactly as an
 * unknown one; moving needs TRANSITION_ISSUES on its project, deleting DELETE_ISSUES (403 otherwise). Not
 * part of the plugin, and not under {@code /rest/capokr}.
 */
@Path("/issues")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class SampleIssuesResource {

    /** One issue as this API shows it; {@code statusCategory} uses the plugin's names. */
    public record IssueJson(@JsonProperty("id") long id, @JsonProperty("key") String key,
                            @JsonProperty("project") String project, @JsonProperty("summary") String summary,
                            @JsonProperty("status") String status, @JsonProperty("statusCategory") String statusCategory,
                            @JsonProperty("storyPoints") Double storyPoints,
                            @JsonProperty("securityLevel") String securityLevel) {
    }

    public record StatusJson(@JsonProperty("name") String name, @JsonProperty("category") String category) {
    }

    public record IssuesJson(@JsonProperty("issues") List<IssueJson> issues,
                             @JsonProperty("statuses") List<StatusJson> statuses) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SampleTracker tracker;
    private final Access access;
    private final Messages texts;
    private final KeyResultIssuesService keyResultIssues;
    private final ErrorResponses pluginErrors;

    @Inject
    public SampleIssuesResource(SampleTracker tracker, Access access, Messages texts,
                                KeyResultIssuesService keyResultIssues, ErrorResponses pluginErrors) {
        this.tracker = tracker;
        this.access = access;
        this.texts = texts;
        this.keyResultIssues = keyResultIssues;
        this.pluginErrors = pluginErrors;
    }

    /**
     * The issues the caller may see, of one project ({@code ?project=MKT}) or all, and the workflow's statuses.
     * {@code ?jql=issue in keyResultIssues(...)} keeps those the plugin's JQL function names (see {@link SampleJql}
     * for what is understood); as in Jira, the function answers ids and the search keeps the issues the caller may
     * see (project and issue security). A query not understood, or one the function refuses, is a 400 in Jira's shape.
     */
    @GET
    public Response list(@QueryParam("project") String projectKey, @QueryParam("jql") String jql) {
        String caller = caller();
        List<Issue> issues = projectKey == null || projectKey.isBlank()
                ? tracker.issues() : tracker.issues(projectKey.trim().toUpperCase(Locale.ROOT));
        if (jql != null && !jql.isBlank()) {
            Optional<List<String>> arguments = SampleJql.keyResultIssuesArguments(jql);
            if (arguments.isEmpty()) {
                return error(Response.Status.BAD_REQUEST, List.of(texts.text("capokr.jql.sandbox.unsupported", jql)), Map.of());
            }
            Set<Long> ids;
            try {
                ids = keyResultIssues.issueIds(arguments.get());
            } catch (ServiceException refusal) {
                return pluginErrors.of(refusal);
            }
            issues = issues.stream().filter(issue -> ids.contains(issue.id())).toList();
        }
        return Response.ok(new IssuesJson(
                issues.stream().filter(issue -> tracker.canSee(caller, issue)).map(this::json).toList(),
                SampleTracker.WORKFLOW.stream()
                        .map(status -> new StatusJson(status.name(), status.category().toOkr().name())).toList())).build();
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key) {
        return visible(key).map(issue -> Response.ok(json(issue)).build()).orElseGet(this::notFound);
    }

    /**
     * Body {@code {"status":"Done"}} (a status name, any case) or {@code {"category":"DONE"}} (TO_DO, IN_PROGRESS, DONE).
     * {@code ?event=false} moves it without publishing the change, as an update made without dispatching an event.
     */
    @PUT
    @Path("/{key}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("key") String key, @QueryParam("event") String event, String body) {
        Optional<Issue> issue = visible(key);
        if (issue.isEmpty()) {
            return notFound();
        }
        if (!tracker.hasPermission(caller(), issue.get().projectId(), ProjectPermission.TRANSITION_ISSUES)) {
            return error(Response.Status.FORBIDDEN, List.of(texts.text("sandbox.issues.cannotTransition", issue.get().key())), Map.of());
        }
        JsonNode request = parse(body);
        boolean hasStatus = request != null && request.hasNonNull("status");
        boolean hasCategory = request != null && request.hasNonNull("category");
        if (hasStatus == hasCategory) {
            return error(Response.Status.BAD_REQUEST, List.of(texts.text("sandbox.issues.statusOrCategory")), Map.of());
        }
        Status target;
        if (hasStatus) {
            String name = request.get("status").asText();
            Optional<Status> status = SampleTracker.status(name);
            if (status.isEmpty()) {
                return error(Response.Status.BAD_REQUEST, List.of(), Map.of("status", texts.text("sandbox.issues.unknownStatus",
                        name, String.join(", ", SampleTracker.WORKFLOW.stream().map(Status::name).toList()))));
            }
            target = status.get();
        } else {
            String name = request.get("category").asText();
            Optional<SampleTracker.StatusCategory> category = category(name);
            if (category.isEmpty()) {
                return error(Response.Status.BAD_REQUEST, List.of(), Map.of("category",
                        texts.text("sandbox.issues.unknownCategory", name)));
            }
            target = SampleTracker.firstStatusOf(category.get());
        }
        // ?event=false: moved without an issue event reaching the app, for a test of the reconcile.
        return Response.ok(json(tracker.transition(issue.get().key(), target, !"false".equals(event)))).build();
    }

    /** Body {@code {"summary":"..."}}: edits the summary, as a user editing the issue in Jira would. */
    @PUT
    @Path("/{key}/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editSummary(@PathParam("key") String key, String body) {
        Optional<Issue> issue = visible(key);
        if (issue.isEmpty()) {
            return notFound();
        }
        if (!tracker.hasPermission(caller(), issue.get().projectId(), ProjectPermission.EDIT_ISSUES)) {
            return error(Response.Status.FORBIDDEN, List.of(texts.text("sandbox.issues.cannotEdit", issue.get().key())), Map.of());
        }
        JsonNode request = parse(body);
        if (request == null || !request.hasNonNull("summary") || request.get("summary").asText().isBlank()) {
            return error(Response.Status.BAD_REQUEST, List.of(), Map.of("summary", texts.text("sandbox.issues.summaryRequired")));
        }
        return Response.ok(json(tracker.editSummary(issue.get().key(), request.get("summary").asText()))).build();
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("key") String key) {
        Optional<Issue> issue = visible(key);
        if (issue.isEmpty()) {
            return notFound();
        }
        if (!tracker.hasPermission(caller(), issue.get().projectId(), ProjectPermission.DELETE_ISSUES)) {
            return error(Response.Status.FORBIDDEN, List.of(texts.text("sandbox.issues.cannotDelete", issue.get().key())), Map.of());
        }
        tracker.delete(issue.get().key());
        return Response.noContent().build();
    }

    /** The plugin's category names, or Jira's keys ({@code new}, {@code indeterminate}, {@code done}), any case. */
    static Optional<SampleTracker.StatusCategory> category(String name) {
        String wanted = name.trim();
        Optional<io.capokr.okr.StatusCategory> okr = Arrays.stream(io.capokr.okr.StatusCategory.values())
                .filter(category -> category.name().equalsIgnoreCase(wanted) || category.jiraKey().equalsIgnoreCase(wanted))
                .findFirst();
        return okr.map(SampleTracker.StatusCategory::of);
    }

    private Optional<Issue> visible(String key) {
        String caller = caller();
        return tracker.issue(key).filter(issue -> tracker.canSee(caller, issue));
    }

    /** The access gate has already turned anonymous callers away. */
    private String caller() {
        return access.currentUser().map(UserRef::key).orElseThrow();
    }

    private IssueJson json(Issue issue) {
        String project = tracker.project(issue.projectId()).map(SampleTracker.Project::key).orElseThrow();
        return new IssueJson(issue.id(), issue.key(), project, issue.summary(), issue.status().name(),
                issue.status().category().toOkr().name(), issue.storyPoints(),
                issue.security() == null ? null : issue.security().name());
    }

    /** The body as a JSON object, or null when it is empty, malformed or not an object. */
    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Response notFound() {
        return error(Response.Status.NOT_FOUND, List.of(texts.text("sandbox.issues.notFound")), Map.of());
    }

    private static Response error(Response.Status status, List<String> messages, Map<String, String> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorJson(messages, errors)).build();
    }
}
