package io.capokr.okr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks shared by the drafts: required text of bounded length, and enum names typed by people. */
final class FieldChecks {

    private FieldChecks() {
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** Required text of 1 to {@code max} UTF-16 units, for a VARCHAR column (see {@link #limitColumn}). */
    static void requireText(String text, int max, String field, List<FieldProblem> problems) {
        String stripped = strip(text);
        if (stripped.isEmpty()) {
            problems.add(FieldProblem.of(field, "capokr.error.required"));
        } else {
            limitColumn(stripped, max, field, problems);
        }
    }

    /**
     * At most {@code max} UTF-16 units: for text kept in a VARCHAR({@code max}) column, which H2 and SQL Server
     * measure in UTF-16 units, so an emoji counts twice there. More would fail the insert (a 500).
     */
    static void limitColumn(String text, int max, String field, List<FieldProblem> problems) {
        if (strip(text).length() > max) {
            problems.add(FieldProblem.of(field, "capokr.error.tooLong", max));
        }
    }

    /** At most {@code max} characters (code points, so an emoji counts once): for text in an unlimited column. */
    static void limit(String text, int max, String field, List<FieldProblem> problems) {
        String stripped = strip(text);
        if (stripped.codePointCount(0, stripped.length()) > max) {
            problems.add(FieldProblem.of(field, "capokr.error.tooLong", max));
        }
    }

    /** The constant named by {@code text} (any case), the default when it is blank, or a problem. */
    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text, E whenBlank, String field,
                                                 List<FieldProblem> problems) {
        String stripped = strip(text);
        if (stripped.isEmpty()) {
            if (whenBlank == null) {
                problems.add(FieldProblem.of(field, "capokr.error.required"));
            }
            return Optional.ofNullable(whenBlank);
        }
        Optional<E> match = Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(stripped.toUpperCase(Locale.ROOT)))
                .findFirst();
        if (match.isEmpty()) {
            problems.add(FieldProblem.of(field, "capokr.error.choice",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        }
        return match;
    }
}
