package io.capokr.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a parameter from the query string only. {@code getParameter} would also parse a form body, and
 * filters that run before Jersey must leave the body alone for the resource to read.
 */
final class QueryString {

    private QueryString() {
    }

    static Optional<String> parameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
