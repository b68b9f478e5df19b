package io.capokr.host;

/** Resolves i18n keys in the current user's language. */
public interface Messages {

    /** The text for {@code key}, with {@code {0}}, {@code {1}}... replaced by the arguments. */
    String text(String key, Object... arguments);
}
