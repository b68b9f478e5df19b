package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.ReconcileRun;

/** What a reconcile did: {@code startedAt} ISO-8601, counts of links, and how long it took in milliseconds. */
public record ReconcileRunJson(
        @JsonProperty("startedAt") String startedAt,
        @JsonProperty("checked") int checked,
        @JsonProperty("corrected") int corrected,
        @JsonProperty("missing") int missing,
        @JsonProperty("tookMillis") long tookMillis) {

    static ReconcileRunJson of(ReconcileRun run) {
        return new ReconcileRunJson(run.startedAt().toString(), run.checked(), run.corrected(), run.missing(),
                run.took().toMillis());
    }
}
