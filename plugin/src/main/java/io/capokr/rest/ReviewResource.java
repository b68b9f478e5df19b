package io.capokr.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.okr.Review;
import io.capokr.okr.UserRef;
import io.capokr.service.AdjustmentService;
import io.capokr.service.PeopleService;
import io.capokr.service.ProjectReviews;
import io.capokr.service.ReviewService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/capokr/1.0/projects/{key}/reviews}: a project's mid-cycle and end-of-cycle reviews of a cycle, and the
 * mid-cycle review's key-result adjustments. Thin: permissions, windows and validation live in the services.
 */
@Path("/projects/{projectKey}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ReviewResource {

    private final ReviewService reviews;
    private final AdjustmentService adjustments;
    private final PeopleService people;

    @Inject
    public ReviewResource(ReviewService reviews, AdjustmentService adjustments, PeopleService people) {
        this.reviews = reviews;
        this.adjustments = adjustments;
        this.people = people;
    }

    @GET
    public ReviewsJson get(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId) {
        ProjectReviews found = reviews.forProject(projectKey, RequestErrors.optionalId(cycleId, ReviewService.CYCLE_ID));
        return ReviewsJson.of(found, people.byKeys(found.reviews().stream().flatMap(entry -> Stream.concat(
                entry.review().map(Review::updatedBy).stream(),
                entry.adjustments().stream().map(a -> a.byKey()))).toList()));
    }

    /** Creates or changes the project's review of this kind ({@code MID_CYCLE} or {@code END_OF_CYCLE}). */
    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RitualJson.SavedReview save(@PathParam("projectKey") String projectKey, @PathParam("kind") String kind,
                                       ReviewRequestJson body) {
        ReviewRequestJson request = RequestErrors.required(body);
        Review saved = reviews.save(projectKey, kind, request.cycleId(), request.toEdit(), request.version());
        ProjectReviews now = reviews.forProject(projectKey, saved.cycleId());
        ProjectReviews.Entry entry = now.of(saved.kind());
        Map<String, UserRef> names = people.byKeys(Stream.concat(Stream.of(saved.updatedBy()),
                entry.adjustments().stream().map(a -> a.byKey())).toList());
        return RitualJson.SavedReview.of(saved, entry.adjustments(), names);
    }

    /** A new target or a reworded title for one of the project's key results; 201 with the record and the key result. */
    @POST
    @Path("/{kind}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adjust(@PathParam("projectKey") String projectKey, @PathParam("kind") String kind,
                           AdjustmentRequestJson body) {
        AdjustmentRequestJson request = RequestErrors.required(body);
        AdjustmentService.Adjusted adjusted = adjustments.adjust(projectKey, kind, request.keyResultId(),
                request.toDraft(), request.version());
        Map<String, UserRef> names = people.byKeys(List.of(adjusted.adjustment().byKey()));
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("adjustment", RitualJson.Adjustment.of(adjusted.adjustment(), names),
                        "keyResult", KeyResultJson.of(adjusted.keyResult())))
                .build();
    }
}
