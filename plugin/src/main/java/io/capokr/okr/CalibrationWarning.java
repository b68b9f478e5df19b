package io.capokr.okr;

import java.util.List;

/**
 * Advice on how a key result or an objective is set up (seed step 2: key results calibrated, measurable and
 * achievable). Never an error: the team may have good reasons, so saving goes through and the warning is shown
 * beside what it is about. The message is the i18n key {@code capokr.calibration.<CODE>}, with its arguments.
 */
public record CalibrationWarning(Code code, List<Object> arguments) {

    public CalibrationWarning {
        arguments = List.copyOf(arguments);
    }

    public static CalibrationWarning of(Code code, Object... arguments) {
        return new CalibrationWarning(code, List.of(arguments));
    }

    public String messageKey() {
        return "capokr.calibration." + code.name();
    }

    /** Each rule's code, as the API gives it; {@link Calibration} documents the rules. */
    public enum Code {
        METRIC_NO_UNIT,
        METRIC_START_EQUALS_TARGET,
        ISSUES_NO_CONTRIBUTING_ISSUE,
        FORECAST_BELOW_TARGET,
        OBJECTIVE_TOO_MANY_KEY_RESULTS,
        OBJECTIVE_NO_KEY_RESULT
    }
}
