package io.capokr.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.ProjectChartService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/company/chart?cycleId=}: what the company page's chart draws, in one call: the cycle's first
 * and last day, today, and each company objective's weighted progress on each day it changed, one line each.
 */
@Path("/company/chart")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CompanyChartResource {

    private final ProjectChartService charts;

    @Inject
    public CompanyChartResource(ProjectChartService charts) {
        this.charts = charts;
    }

    @GET
    public CompanyChartJson get(@QueryParam("cycleId") String cycleId) {
        return CompanyChartJson.of(charts.forCompany(
                RequestErrors.requiredId(RequestErrors.optionalId(cycleId, "cycleId"), "cycleId")));
    }

    public record CompanyChartJson(@JsonProperty("cycleId") long cycleId, @JsonProperty("startDate") String startDate,
                                   @JsonProperty("endDate") String endDate, @JsonProperty("today") String today,
                                   @JsonProperty("objectives") List<ObjectiveLineJson> objectives) {

        static CompanyChartJson of(ProjectChartService.CompanyChart chart) {
            return new CompanyChartJson(chart.cycle().id(), chart.cycle().startDate().toString(),
                    chart.cycle().endDate().toString(), chart.today().toString(),
                    chart.objectives().stream().map(series -> new ObjectiveLineJson(series.objective().id(),
                            series.objective().title(), ProgressPointJson.of(series.points()))).toList());
        }
    }

    /** One company objective's line. */
    public record ObjectiveLineJson(@JsonProperty("objectiveId") long objectiveId, @JsonProperty("title") String title,
                                    @JsonProperty("points") List<ProgressPointJson> points) {
    }
}
