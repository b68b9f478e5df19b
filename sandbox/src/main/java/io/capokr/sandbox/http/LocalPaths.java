package io.capokr.sandbox.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/** Paths within the sandbox, safe to redirect to and to build links from. */
final class LocalPaths {

    static final String HOME = "/";

    private LocalPaths() {
    }

    /** {@code path} if it stays on this site, else {@link #HOME}: a login link must not become an open redirect. */
    static String sameSite(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return HOME;
        }
        return path;
    }

    /** The request's path and query, to come back to after logging in. */
    static String of(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** One path segment, percent-encoded as Jira's {@code $pathEncodedProjectKey}. */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
