package io.capokr.web;

import java.util.List;

import io.capokr.host.Messages;
import io.capokr.okr.CalibrationWarning;

/** Calibration warnings as the page prints them: the advice alone, in the reader's language. */
final class WarningTexts {

    private WarningTexts() {
    }

    static List<String> of(List<CalibrationWarning> warnings, Messages messages) {
        return warnings.stream().map(w -> messages.text(w.messageKey(), w.arguments().toArray())).toList();
    }
}
