package io.capokr.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document of this REST API, read once from the jar. It is generated from the resources by the plugin's
 * tests and committed (see plugin/src/main/openapi/operations.yaml); here it only learns where it is served from.
 */
public class ApiReference {

    static final String DOCUMENT = "/openapi/cap-okr-openapi.json";

    private final Map<String, Object> document;

    public ApiReference() {
        try (InputStream in = ApiReference.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + DOCUMENT);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> read = new ObjectMapper().readValue(in, Map.class);
            this.document = read;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DOCUMENT, e);
        }
    }

    /**
     * The document with its one server at {@code restBase}, this API's absolute base URL as the request reached it,
     * so that "Try it out" in a viewer calls this Jira, under its context path, and not a relative guess.
     */
    public Map<String, Object> servedFrom(URI restBase) {
        String base = restBase.toString().replaceAll("/+$", "");
        Map<String, Object> served = new LinkedHashMap<>(document);
        served.put("servers", List.of(Map.of("url", base)));
        return served;
    }
}
