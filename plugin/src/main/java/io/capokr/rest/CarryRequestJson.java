package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.service.CarryRequest;

/**
 * The body of {@code POST /cycles/{id}/close} (optional) and {@code POST /cycles/{id}/carry-over}:
 * {@code {"carryOver":[{"keyResultId":1,"toCycleId":9}],"drop":[2,3]}}. A carry without {@code toCycleId} goes to
 * the next cycle. Unknown properties are ignored, as Jira's own REST does.
 */
public record CarryRequestJson(
        @JsonProperty("carryOver") List<CarryJson> carryOver,
        @JsonProperty("drop") @JsonDeserialize(contentUsing = WholeNumbers.Id.class) List<Long> drop) {

    public record CarryJson(@JsonProperty("keyResultId") @JsonDeserialize(using = WholeNumbers.Id.class) Long keyResultId,
                            @JsonProperty("toCycleId") @JsonDeserialize(using = WholeNumbers.Id.class) Long toCycleId) {
    }

    /** A missing body decides nothing. */
    static CarryRequest toRequest(CarryRequestJson body) {
        if (body == null) {
            return CarryRequest.none();
        }
        return new CarryRequest(body.carryOver() == null ? null : body.carryOver().stream()
                .map(carry -> carry == null ? null : new CarryRequest.Carry(carry.keyResultId(), carry.toCycleId())).toList(),
                body.drop());
    }
}
