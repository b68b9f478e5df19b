package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.ChartService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/capokr/1.0/keyresults/{id}/chart}: what a key result's progress chart draws, in one call. */
@Path("/keyresults/{id}/chart")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class KeyResultChartResource {

    private final ChartService charts;

    @Inject
    public KeyResultChartResource(ChartService charts) {
        this.charts = charts;
    }

    @GET
    public KeyResultChartJson get(@PathParam("id") String id) {
        return KeyResultChartJson.of(charts.keyResult(RequestErrors.id(id)));
    }
}
