package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.Optional;

import io.capokr.host.Access;
import io.capokr.okr.UserRef;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page for logged-in users, as Jira's pages that need one: an anonymous visitor is sent to the login page, which
 * brings them back; anyone else gets {@link #show}. {@code P} is what the page works with.
 */
abstract class LoggedInPageServlet<P extends LoggedInPageServlet.PageParts> extends HttpServlet {

    /** What a page works with, among which who is logged in. */
    interface PageParts {
        Access access();
    }

    private static final long serialVersionUID = 1L;

    private final transient P parts;

    LoggedInPageServlet(P parts) {
        this.parts = parts;
    }

    final P parts() {
        return parts;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> user = Pages.userOrLogin(parts.access(), request, response);
        if (user.isPresent()) {
            show(request, response, user.get());
        }
    }

    abstract void show(HttpServletRequest request, HttpServletResponse response, UserRef user) throws IOException;
}
