package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import io.capokr.okr.KeyResultDraft;

/** Body of creating or changing a key result; which fields count depends on {@code measure}. A change (PUT) changes
 * only the fields it carries ({@link Change}). */
public record KeyResultRequestJson(
        @JsonProperty("title") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> title,
        @JsonProperty("ownerKey") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> ownerKey,
        @JsonProperty("measure") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> measure,
        @JsonProperty("start") @JsonDeserialize(using = ChangeJson.Number.class) Change<Double> start,
        @JsonProperty("target") @JsonDeserialize(using = ChangeJson.Number.class) Change<Double> target,
        @JsonProperty("current") @JsonDeserialize(using = ChangeJson.Number.class) Change<Double> current,
        @JsonProperty("unit") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> unit,
        @JsonProperty("direction") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> direction,
        @JsonProperty("done") @JsonDeserialize(using = ChangeJson.Flag.class) Change<Boolean> done,
        @JsonProperty("weighting") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> weighting,
        @JsonProperty("weight") @JsonDeserialize(using = ChangeJson.Number.class) Change<Double> weight,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version) {

    /** Create: a field left out or null takes its default. */
    KeyResultDraft toDraft() {
        return new KeyResultDraft(title.orNull(), measure.orNull(), start.orNull(), target.orNull(), current.orNull(),
                unit.orNull(), direction.orNull(), done.orNull(), weighting.orNull(), weight.orNull());
    }

    /** Change: only the fields given. */
    KeyResultDraft.Edit toEdit() {
        return new KeyResultDraft.Edit(title, measure, start, target, current, unit, direction, done, weighting, weight);
    }
}
