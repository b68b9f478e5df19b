package io.capokr.sandbox.host;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is calling and in which language, for the request the current thread serves: what Jira's
 * authentication context and i18n helper know. Set by the HTTP layer around each request (and by
 * start-up code that acts as a user), read by the sandbox's host ports.
 */
public final class RequestContext {

    /** The language when no request says otherwise: the one the base bundles are written in. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    private record Caller(String username, Locale locale) {
    }

    /** Restores what was there before; closing it is how a request (or a run-as) ends. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private final ThreadLocal<Caller> current = new ThreadLocal<>();

    /** Acts as {@code username} (null for anonymous) in {@code locale} until the returned scope is closed. */
    public Scope enter(String username, Locale locale) {
        Caller previous = current.get();
        current.set(new Caller(username, locale == null ? DEFAULT_LOCALE : locale));
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }

    /** The logged-in user's name, empty when anonymous or outside any request. */
    public Optional<String> username() {
        Caller caller = current.get();
        return caller == null ? Optional.empty() : Optional.ofNullable(caller.username());
    }

    public Locale locale() {
        Caller caller = current.get();
        return caller == null ? DEFAULT_LOCALE : caller.locale();
    }
}
