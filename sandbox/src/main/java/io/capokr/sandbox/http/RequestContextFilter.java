package io.capokr.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

import io.capokr.host.Messages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs every request as its user in its language, as Jira's authentication filter and i18n do, so the
 * plugin's services see the caller through the host ports. A header naming an unknown user is refused
 * with 401, as bad credentials are in Jira; a session naming one is treated as logged out.
 */
final class RequestContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient RequestContext requests;
    private final transient SampleTracker tracker;
    private final transient Messages sandboxTexts;
    private final transient LocaleResolver locales = new LocaleResolver();

    RequestContextFilter(RequestContext requests, SampleTracker tracker, Messages sandboxTexts) {
        this.requests = requests;
        this.tracker = tracker;
        this.sandboxTexts = sandboxTexts;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            identifyAndContinue(request, response, chain);
        } finally {
            // A refusal (401, 403 XSRF...) answers without reading the body. Jetty closes a connection left
            // with unread bytes, and a client that already reused it for its next request sees that fail.
            drainBody(request);
        }
    }

    private static void drainBody(HttpServletRequest request) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IllegalStateException | IOException alreadyReadOrGone) {
            // read through getReader() already, or the client has gone: nothing left to drain
        }
    }

    private void identifyAndContinue(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale locale = locales.resolve(request, response);
        Optional<String> header = Login.header(request);
        String username;
        if (header.isPresent()) {
            if (tracker.user(header.get()).isEmpty()) {
                try (RequestContext.Scope anonymous = requests.enter(null, locale)) {
                    ErrorResponses.send(response, HttpServletResponse.SC_UNAUTHORIZED,
                            sandboxTexts.text("sandbox.auth.unknownUser", header.get()));
                }
                return;
            }
            username = header.get();
        } else {
            username = Login.sessionUser(request).filter(name -> tracker.user(name).isPresent()).orElse(null);
        }
        try (RequestContext.Scope scope = requests.enter(username, locale)) {
            chain.doFilter(request, response);
        }
    }
}
