package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.ReviewService;
import io.capokr.service.SynthesisService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/capokr/1.0/company/synthesis?cycleId=}: the company's end-of-cycle synthesis. */
@Path("/company/synthesis")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CompanySynthesisResource {

    private final SynthesisService synthesis;

    @Inject
    public CompanySynthesisResource(SynthesisService synthesis) {
        this.synthesis = synthesis;
    }

    @GET
    public CompanySynthesisJson get(@QueryParam("cycleId") String cycleId) {
        return CompanySynthesisJson.of(synthesis.forCompany(RequestErrors.optionalId(cycleId, ReviewService.CYCLE_ID)));
    }
}
