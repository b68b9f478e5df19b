package io.capokr.rest;

import java.util.List;

import io.capokr.host.Messages;
import io.capokr.okr.CalibrationWarning;

/** Calibration warnings as REST answers carry them, translated at this edge in the caller's language. */
public class CalibrationTexts {

    private final Messages messages;

    public CalibrationTexts(Messages messages) {
        this.messages = messages;
    }

    List<WarningJson> of(List<CalibrationWarning> warnings) {
        return warnings.stream().map(warning -> new WarningJson(warning.code().name(),
                messages.text(warning.messageKey(), warning.arguments().toArray()))).toList();
    }
}
