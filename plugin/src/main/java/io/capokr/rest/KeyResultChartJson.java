package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.ChartService;

/**
 * A key result's chart: the cycle's first and last day (expected progress goes from 0 to 1 between them), today, the
 * progress on each day it changed, and the check-ins (time, progress, confidence, note, author), oldest first.
 */
public record KeyResultChartJson(@JsonProperty("keyResultId") long keyResultId, @JsonProperty("title") String title,
                                 @JsonProperty("startDate") String startDate, @JsonProperty("endDate") String endDate,
                                 @JsonProperty("today") String today, @JsonProperty("points") List<ProgressPointJson> points,
                                 @JsonProperty("checkIns") List<Mark> checkIns) {

    public record Mark(@JsonProperty("at") String at, @JsonProperty("progress") double progress,
                       @JsonProperty("confidence") String confidence, @JsonProperty("note") String note,
                       @JsonProperty("author") PersonJson author) {
    }

    static KeyResultChartJson of(ChartService.KeyResultChart chart) {
        return new KeyResultChartJson(chart.keyResult().id(), chart.keyResult().title(),
                chart.cycle().startDate().toString(), chart.cycle().endDate().toString(), chart.today().toString(),
                ProgressPointJson.of(chart.points()),
                chart.checkIns().stream().map(mark -> new Mark(mark.checkIn().at().toString(), mark.checkIn().progress(),
                        mark.checkIn().confidence() == null ? null : mark.checkIn().confidence().name(),
                        mark.checkIn().note(), PersonJson.of(mark.author()))).toList());
    }
}
