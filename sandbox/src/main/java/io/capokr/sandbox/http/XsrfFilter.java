package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jira's REST XSRF rule: a mutating request whose body a browser could send cross-site without a preflight
 * (a form, multipart or plain-text content type, or a body with no content type) must carry
 * {@code X-Atlassian-Token: no-check}, or it is refused with 403 "XSRF check failed".
 */
final class XsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String TOKEN_HEADER = "X-Atlassian-Token";
    static final String TOKEN_VALUE = "no-check";
    /** Jira's own wording, untranslated as in Jira. */
    static final String MESSAGE = "XSRF check failed";

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SIMPLE_CONTENT_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (MUTATING.contains(request.getMethod()) && !hasToken(request) && isCrossSiteSendable(request)) {
            ErrorResponses.send(response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasToken(HttpServletRequest request) {
        String token = request.getHeader(TOKEN_HEADER);
        return token != null && token.trim().equalsIgnoreCase(TOKEN_VALUE);
    }

    private static boolean isCrossSiteSendable(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return SIMPLE_CONTENT_TYPES.contains(mediaType);
    }
}
