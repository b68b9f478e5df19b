package io.capokr.sandbox.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.rest.ErrorJson;
import io.capokr.sandbox.host.SampleTracker;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What the sandbox's own resources share: reading a JSON body leniently, answering in Jira's error shape. */
final class SandboxReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxReplies() {
    }

    /** The body as a JSON object, or null when it is empty, malformed or not an object. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static Response error(Response.Status status, List<String> messages, Map<String, String> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorJson(messages, errors)).build();
    }

    /** The plugin's category names, or Jira's keys ({@code new}, {@code indeterminate}, {@code done}), any case. */
    static Optional<SampleTracker.StatusCategory> category(String name) {
        String wanted = name.trim();
        Optional<io.capokr.okr.StatusCategory> okr = Arrays.stream(io.capokr.okr.StatusCategory.values())
                .filter(category -> category.name().equalsIgnoreCase(wanted) || category.jiraKey().equalsIgnoreCase(wanted))
                .findFirst();
        return okr.map(SampleTracker.StatusCategory::of);
    }
}
