package io.capokr.rest;

import java.util.stream.Stream;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.okr.Review;
import io.capokr.service.PeopleService;
import io.capokr.service.ProjectSynthesis;
import io.capokr.service.ReviewService;
import io.capokr.service.SynthesisService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/capokr/1.0/projects/{key}/synthesis?cycleId=}: a project's end-of-cycle synthesis. */
@Path("/projects/{projectKey}/synthesis")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SynthesisResource {

    private final SynthesisService synthesis;
    private final PeopleService people;

    @Inject
    public SynthesisResource(SynthesisService synthesis, PeopleService people) {
        this.synthesis = synthesis;
        this.people = people;
    }

    @GET
    public SynthesisJson get(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId) {
        ProjectSynthesis found = synthesis.forProject(projectKey, RequestErrors.optionalId(cycleId, ReviewService.CYCLE_ID));
        return SynthesisJson.of(found, people.byKeys(Stream.of(
                found.objectives().stream().flatMap(o -> o.keyResults().stream()).map(k -> k.keyResult().ownerKey()),
                Stream.concat(found.endOfCycle().stream(), found.midCycle().stream()).map(Review::updatedBy),
                found.adjustments().stream().map(a -> a.byKey())).flatMap(s -> s).toList()));
    }
}
