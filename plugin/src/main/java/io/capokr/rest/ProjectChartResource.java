package io.capokr.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.ProjectChartService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/projects/{key}/chart?cycleId=}: what a project's progress chart draws, in one call: the
 * cycle's first and last day, today, and the mean of the project's objectives' progress on each day it changed.
 */
@Path("/projects/{projectKey}/chart")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProjectChartResource {

    private final ProjectChartService charts;

    @Inject
    public ProjectChartResource(ProjectChartService charts) {
        this.charts = charts;
    }

    @GET
    public ProjectChartJson get(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId) {
        return ProjectChartJson.of(charts.forProject(projectKey,
                RequestErrors.requiredId(RequestErrors.optionalId(cycleId, "cycleId"), "cycleId")));
    }

    public record ProjectChartJson(@JsonProperty("projectKey") String projectKey, @JsonProperty("title") String title,
                                   @JsonProperty("startDate") String startDate, @JsonProperty("endDate") String endDate,
                                   @JsonProperty("today") String today,
                                   @JsonProperty("points") List<ProgressPointJson> points) {

        static ProjectChartJson of(ProjectChartService.ProjectChart chart) {
            return new ProjectChartJson(chart.project().key(), chart.project().name(),
                    chart.cycle().startDate().toString(), chart.cycle().endDate().toString(), chart.today().toString(),
                    ProgressPointJson.of(chart.points()));
        }
    }
}
