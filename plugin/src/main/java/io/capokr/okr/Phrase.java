package io.capokr.okr;

import java.util.List;

/** Something to tell a person, as an i18n key and its arguments: the domain decides what, the edge says it. */
public record Phrase(String key, List<Object> arguments) {

    public Phrase {
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, List.of(arguments));
    }
}
