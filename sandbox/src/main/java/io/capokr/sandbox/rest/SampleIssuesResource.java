package io.capokr.sandbox.rest;

import static io.capokr.sandbox.rest.SandboxReplies.error;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.host.Access;
import io.capokr.host.Messages;
import io.capokr.okr.UserRef;
import io.capokr.sandbox.host.SampleTracker;
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

    public record IssuesJson(@JsonProperty("issues") List<IssueJson> issues,
                             @JsonProperty("statuses") List<SampleStatusesResource.StatusJson> statuses) {
    }

    private final SampleTracker tracker;
    private final Access access;
    private final Messages texts;
    private final SampleSearch search;

    @Inject
    public SampleIssuesResource(SampleTracker tracker, Access access, Messages texts, SampleSearch search) {
        this.tracker = tracker;
        this.access = access;
        this.texts = texts;
        this.search = search;
    }

    /**
     * The issues the caller may see, of one project ({@code ?project=MKT}) or all, and the workflow's statuses as they
     * stand. {@code ?jql=issue in keyResultIssues(...)} keeps those the plugin's JQL function names: see
     * {@link SampleSearch}. A query not understood, or one the function refuses, is a 400 in Jira's shape.
     */
    @GET
    public Response list(@QueryParam("project") String projectKey, @QueryParam("jql") String jql) {
        SampleSearch.Result found = search.search(caller(), projectKey, jql);
        if (found.isRefused()) {
            return Response.status(found.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(found.error()).build();
        }
        return Response.ok(new IssuesJson(found.issues().stream().map(this::json).toList(),
                tracker.workflow().stream().map(SampleStatusesResource::json).toList())).build();
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
        JsonNode request = SandboxReplies.parse(body);
        boolean hasStatus = request != null && request.hasNonNull("status");
        boolean hasCategory = request != null && request.hasNonNull("category");
        if (hasStatus == hasCategory) {
            return error(Response.Status.BAD_REQUEST, List.of(texts.text("sandbox.issues.statusOrCategory")), Map.of());
        }
        Status target;
        if (hasStatus) {
            String name = request.get("status").asText();
            Optional<Status> status = tracker.status(name);
            if (status.isEmpty()) {
                return error(Response.Status.BAD_REQUEST, List.of(), Map.of("status", texts.text("sandbox.issues.unknownStatus",
                        name, String.join(", ", tracker.workflow().stream().map(Status::name).toList()))));
            }
            target = status.get();
        } else {
            String name = request.get("category").asText();
            Optional<SampleTracker.StatusCategory> category = SandboxReplies.category(name);
            if (category.isEmpty()) {
                return error(Response.Status.BAD_REQUEST, List.of(), Map.of("category",
                        texts.text("sandbox.issues.unknownCategory", name)));
            }
            // An administrator may have moved every status out of a category (PUT /statuses/{name}/category).
            Optional<Status> first = tracker.firstStatusOf(category.get());
            if (first.isEmpty()) {
                return error(Response.Status.BAD_REQUEST, List.of(), Map.of("category",
                        texts.text("sandbox.issues.emptyCategory", name)));
            }
            target = first.get();
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
        JsonNode request = SandboxReplies.parse(body);
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

    private Response notFound() {
        return error(Response.Status.NOT_FOUND, List.of(texts.text("sandbox.issues.notFound")), Map.of());
    }
}
