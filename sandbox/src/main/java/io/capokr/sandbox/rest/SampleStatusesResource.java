package io.capokr.sandbox.rest;

import static io.capokr.sandbox.rest.SandboxReplies.error;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.host.Messages;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.host.SampleTracker.Status;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The sample workflow's statuses, at {@code /rest/sandbox/1.0/statuses}, and what a Jira administrator does to them in
 * the workflow editor: put a status in another category. Jira publishes no issue event then (DESIGN §7), so the
 * app's copies of those issues' categories drift; this is how a test or a demo makes that drift and watches the
 * reconcile repair it. Jira administrators only (403), as editing workflows is; any logged-in user may list them.
 */
@Path("/statuses")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public final class SampleStatusesResource {

    /** A status with its category, in the plugin's names (TO_DO, IN_PROGRESS, DONE). */
    public record StatusJson(@JsonProperty("name") String name, @JsonProperty("category") String category) {
    }

    private final SampleTracker tracker;
    private final Messages texts;

    @Inject
    public SampleStatusesResource(SampleTracker tracker, Messages texts) {
        this.tracker = tracker;
        this.texts = texts;
    }

    static StatusJson json(Status status) {
        return new StatusJson(status.name(), status.category().toOkr().name());
    }

    @GET
    public List<StatusJson> list() {
        return tracker.workflow().stream().map(SampleStatusesResource::json).toList();
    }

    /**
     * Body {@code {"category":"DONE"}} (TO_DO, IN_PROGRESS, DONE, or Jira's keys new, indeterminate, done): every issue in
     * the status is then in that category, and the app hears nothing. Answers the status as it now is.
     */
    @PUT
    @Path("/{name}/category")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeCategory(@PathParam("name") String name, String body) {
        Optional<Status> status = tracker.status(name);
        if (status.isEmpty()) {
            return error(Response.Status.NOT_FOUND, List.of(texts.text("sandbox.issues.unknownStatus", name,
                    String.join(", ", tracker.workflow().stream().map(Status::name).toList()))), Map.of());
        }
        JsonNode request = SandboxReplies.parse(body);
        if (request == null || !request.hasNonNull("category") || !request.get("category").isTextual()) {
            return error(Response.Status.BAD_REQUEST, List.of(), Map.of("category", texts.text("sandbox.statuses.categoryRequired")));
        }
        String wanted = request.get("category").asText();
        Optional<SampleTracker.StatusCategory> category = SandboxReplies.category(wanted);
        if (category.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, List.of(), Map.of("category",
                    texts.text("sandbox.issues.unknownCategory", wanted)));
        }
        return Response.ok(json(tracker.changeCategory(status.get().name(), category.get()))).build();
    }
}
