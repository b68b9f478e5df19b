package io.capokr.sandbox.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.rest.ErrorJson;
import jakarta.servlet.http.HttpServletResponse;

/** Errors from the sandbox's own filters, in the same Jira shape the plugin's REST answers with. */
final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), new ErrorJson(List.of(message), Map.of()));
    }
}
