package io.capokr.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.capokr.okr.UserRef;

/** A person as the page shows one: the display name, and the initials of the avatar beside it. */
public final class Person {

    private final UserRef user;

    Person(UserRef user) {
        this.user = user;
    }

    public String getName() {
        return user.displayName();
    }

    /** "Luc Lead" gives "LL"; one name gives its first letter; nothing gives "?". */
    public String getInitials() {
        String initials = Arrays.stream(user.displayName().trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)))
                .limit(2)
                .collect(Collectors.joining());
        return initials.isEmpty() ? "?" : initials.toUpperCase(Locale.ROOT);
    }
}
