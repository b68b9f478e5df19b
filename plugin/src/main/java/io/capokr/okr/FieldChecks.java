package io.capokr.okr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks shared by the drafts: required text of bounded length, and enum names typed by people. Every free text
 * of every draft passes {@link #requireText}, {@link #limitColumn} or {@link #limit}, so each also refuses text
 * that is not valid Unicode ({@link #wellFormed}).
 */
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
     * Text that is valid Unicode: no half of a UTF-16 surrogate pair on its own. JSON's {@code \uD800} escape
     * carries one through; the databases then keep it in some columns and turn it into {@code ?} in others
     * (or refuse the row), so what was stored would not be what was sent. Refused everywhere instead, naming the
     * field and the character's position (counted from 1). Null is well formed.
     */
    static boolean wellFormed(String text, String field, List<FieldProblem> problems) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(FieldProblem.of(field, "capokr.error.text.unpairedSurrogate",
                        text.codePointCount(0, i) + 1));
                return false;
            }
        }
        return true;
    }

    /**
     * At most {@code max} UTF-16 units: for text kept in a VARCHAR({@code max}) column, which H2 and SQL Server
     * measure in UTF-16 units, so an emoji counts twice there. More would fail the insert (a 500).
     */
    static void limitColumn(String text, int max, String field, List<FieldProblem> problems) {
        if (!wellFormed(text, field, problems)) {
            return;
        }
        if (strip(text).length() > max) {
            problems.add(FieldProblem.of(field, "capokr.error.tooLong", max));
        }
    }

    /** At most {@code max} characters (code points, so an emoji counts once): for text in an unlimited column. */
    static void limit(String text, int max, String field, List<FieldProblem> problems) {
        if (!wellFormed(text, field, problems)) {
            return;
        }
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
