package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.CompanyOkrService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/company/okrs?cycleId=}: the company objectives of a cycle (the current one by default), the
 * objectives aligned to them in the projects the caller may browse, and those projects.
 */
@Path("/company/okrs")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CompanyOkrResource {

    private final CompanyOkrService okrs;

    @Inject
    public CompanyOkrResource(CompanyOkrService okrs) {
        this.okrs = okrs;
    }

    @GET
    public CompanyOkrsJson get(@QueryParam("cycleId") String cycleId) {
        return CompanyOkrsJson.of(okrs.forCycle(RequestErrors.optionalId(cycleId, "cycleId")));
    }
}
