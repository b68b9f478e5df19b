package io.capokr.sandbox.http;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where the logged-in user is kept: in the HTTP session set by the login page (people), or in the
 * {@value #HEADER} header of each request (scripts and tests), which wins when both are there.
 */
final class Login {

    static final String HEADER = "X-Sandbox-User";
    private static final String SESSION_ATTRIBUTE = "capokr.sandbox.user";

    private Login() {
    }

    static Optional<String> header(HttpServletRequest request) {
        return Optional.ofNullable(request.getHeader(HEADER)).map(String::trim);
    }

    static Optional<String> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_ATTRIBUTE));
    }

    /** A new session id on login, so that an id handed out before login is worth nothing after it. */
    static void logIn(HttpServletRequest request, String username) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, username);
    }

    static void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
