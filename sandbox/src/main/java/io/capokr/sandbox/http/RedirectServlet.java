package io.capokr.sandbox.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends the site's root to a page worth landing on. */
final class RedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String target;

    RedirectServlet(String target) {
        this.target = target;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", target);
    }
}
