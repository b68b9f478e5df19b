package io.capokr.sandbox.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.capokr.host.Access;
import io.capokr.okr.UserRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes an HTML page the sandbox built. */
final class Pages {

    private Pages() {
    }

    /**
     * The logged-in user; for an anonymous visitor, empty, and the response already sends them to the login page,
     * which brings them back here, as Jira does for pages that need a user.
     */
    static Optional<UserRef> userOrLogin(Access access, HttpServletRequest request, HttpServletResponse response) {
        Optional<UserRef> user = access.currentUser();
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", "/login?next=" + LocalPaths.query(LocalPaths.of(request)));
        }
        return user;
    }

    static void sendHtml(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
