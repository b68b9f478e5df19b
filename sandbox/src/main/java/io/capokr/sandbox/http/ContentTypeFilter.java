package io.capokr.sandbox.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.rest.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

/**
 * A {@code Content-Type} that is not a media type at all ({@code ;;;}, {@code json}, an empty value) answered as a 415 in Jira's
 * shape. Jersey's servlet refuses such a header itself, with a bare 400 and no body, before the application (and
 * so any of the plugin's mappers or filters) is asked; this check in front of it keeps the REST API's refusals in
 * one shape.
 */
final class ContentTypeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ErrorResponses errors;

    ContentTypeFilter(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        // An empty header is no media type either: Jersey refuses it the same way.
        if (contentType != null && (contentType.isBlank() || !parses(contentType))) {
            int status = HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            JSON.writeValue(response.getOutputStream(), errors.body(status));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean parses(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
