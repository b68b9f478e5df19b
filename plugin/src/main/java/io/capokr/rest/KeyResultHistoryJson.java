package io.capokr.rest;

import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.KrAdjustment;

/**
 * A key result's progress on each day it changed, earliest first; and the changes mid-cycle reviews made to it,
 * oldest first: {@code day} (ISO date), {@code field} TARGET or TITLE, the old and new value, and {@code by} (a user key).
 */
public record KeyResultHistoryJson(@JsonProperty("keyResultId") long keyResultId,
                                   @JsonProperty("points") List<ProgressPointJson> points,
                                   @JsonProperty("adjustments") List<Adjustment> adjustments) {

    public record Adjustment(@JsonProperty("day") String day, @JsonProperty("field") String field,
                             @JsonProperty("oldValue") String oldValue, @JsonProperty("newValue") String newValue,
                             @JsonProperty("by") String by) {

        static List<Adjustment> of(List<KrAdjustment> adjustments) {
            return adjustments.stream().map(a -> new Adjustment(a.at().atZone(ZoneId.systemDefault()).toLocalDate().toString(),
                    a.field().name(), a.oldValue(), a.newValue(), a.byKey())).toList();
        }
    }
}
