package io.capokr.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.ChartService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/objectives/{id}/chart}: what an objective's progress chart draws, in one call: the cycle's
 * first and last day, today, and the objective's weighted progress on each day one of its key results changed.
 */
@Path("/objectives/{id}/chart")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ObjectiveChartResource {

    private final ChartService charts;

    @Inject
    public ObjectiveChartResource(ChartService charts) {
        this.charts = charts;
    }

    @GET
    public ObjectiveChartJson get(@PathParam("id") String id) {
        return ObjectiveChartJson.of(charts.objective(RequestErrors.id(id)));
    }

    public record ObjectiveChartJson(@JsonProperty("objectiveId") long objectiveId, @JsonProperty("title") String title,
                                     @JsonProperty("startDate") String startDate, @JsonProperty("endDate") String endDate,
                                     @JsonProperty("today") String today,
                                     @JsonProperty("points") List<ProgressPointJson> points) {

        static ObjectiveChartJson of(ChartService.ObjectiveChart chart) {
            return new ObjectiveChartJson(chart.objective().id(), chart.objective().title(),
                    chart.cycle().startDate().toString(), chart.cycle().endDate().toString(), chart.today().toString(),
                    ProgressPointJson.of(chart.points()));
        }
    }
}
