package io.capokr.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends files from the classpath. Only known file types are served, which also keeps directory
 * listings and class files out of reach.
 */
final class StaticFiles {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("map", "application/json;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"));

    private StaticFiles() {
    }

    static Optional<String> contentType(String location) {
        int dot = location.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(CONTENT_TYPES.get(location.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Sends the classpath file at {@code location}, or 404 when it is missing, not a served type, or a path trick. */
    static void send(HttpServletResponse response, ClassLoader loader, String location, String cacheControl)
            throws IOException {
        Optional<String> type = contentType(location);
        URL url = isSafe(location) && type.isPresent() ? loader.getResource(location) : null;
        if (url == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type.get());
        response.setHeader("Cache-Control", cacheControl);
        try (InputStream in = url.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static boolean isSafe(String location) {
        return !location.isEmpty() && !location.startsWith("/") && !location.contains("..")
                && !location.contains("//") && !location.contains("\\") && !location.contains(":");
    }
}
