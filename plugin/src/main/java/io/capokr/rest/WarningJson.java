package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.host.Messages;
import io.capokr.okr.CalibrationWarning;

/** A calibration warning: its stable code, and the advice in the caller's language. */
public record WarningJson(@JsonProperty("code") String code, @JsonProperty("message") String message) {

    static List<WarningJson> of(List<CalibrationWarning> warnings, Messages messages) {
        return warnings.stream().map(warning -> new WarningJson(warning.code().name(),
                messages.text(warning.messageKey(), warning.arguments().toArray()))).toList();
    }
}
