package io.capokr.apidoc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Completes one operation as swagger-core read it with its entry in operations.yaml: id, tag, texts, typed
 * parameters, the success response with its example, and the error responses it can give.
 */
final class OperationWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ResourceMethods.Endpoint endpoint;
    private final JsonNode entry;
    private final JsonNode source;

    OperationWriter(ResourceMethods.Endpoint endpoint, JsonNode entry, JsonNode source) {
        this.endpoint = endpoint;
        this.entry = entry;
        this.source = source;
    }

    void write(ObjectNode operation) {
        ObjectNode generated = operation.deepCopy();
        operation.removeAll();
        operation.set("tags", NODES.arrayNode().add(required(source.path("resources"), endpoint.resource().getSimpleName(),
                "a tag for")));
        operation.put("summary", required(entry, "summary", "a summary of"));
        if (entry.hasNonNull("description")) {
            operation.put("description", entry.get("description").asText());
        }
        operation.put("operationId", operationId());
        if (generated.has("parameters")) {
            operation.set("parameters", parameters(generated.get("parameters")));
        }
        if (endpoint.body() != null) {
            operation.set("requestBody", requestBody(generated.path("requestBody")));
        }
        operation.set("responses", responses(generated.path("responses").path("default")));
    }

    /** {@code cycleList}, {@code keyResultChartGet}: unique, because a resource's method names are. */
    private String operationId() {
        String resource = endpoint.resource().getSimpleName().replaceFirst("Resource$", "");
        String method = endpoint.method().getName();
        return Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** Resource methods take ids as text, to answer a 400 of their own; the document says what they accept. */
    private JsonNode parameters(JsonNode generated) {
        List<JsonNode> parameters = new ArrayList<>();
        for (JsonNode parameter : generated) {
            String name = parameter.get("name").asText();
            JsonNode described = source.path("parameters").path(name);
            if (described.isMissingNode()) {
                throw new IllegalStateException("operations.yaml's parameters do not describe '" + name + "' of " + endpoint);
            }
            ObjectNode written = parameter.deepCopy();
            written.put("description", described.get("description").asText());
            written.set("schema", described.get("schema"));
            // An operation may say more of one of its parameters (a cycleId it requires, where most default it).
            JsonNode own = entry.path("parameters").path(name);
            if (own.has("description")) {
                written.put("description", own.get("description").asText());
            }
            if (own.has("required")) {
                written.put("required", own.get("required").asBoolean());
            }
            parameters.add(written);
        }
        return NODES.arrayNode().addAll(parameters);
    }

    private JsonNode requestBody(JsonNode generated) {
        // Under */* where the method names no @Consumes; the app takes JSON bodies only, whatever the method says.
        Iterator<JsonNode> media = generated.path("content").elements();
        JsonNode schema = media.hasNext() ? media.next().path("schema") : generated.path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalStateException("swagger-core gave no request schema for " + endpoint);
        }
        ObjectNode body = NODES.objectNode();
        body.put("required", entry.path("bodyRequired").asBoolean(true));
        ObjectNode json = body.with("content").with(ApiDocumentGenerator.JSON);
        json.set("schema", schema);
        json.with("examples").set("example", example(requiredNode(entry, "request", "a request example for")));
        return body;
    }

    private ObjectNode responses(JsonNode generatedDefault) {
        ObjectNode responses = NODES.objectNode();
        int status = entry.path("status").asInt("DELETE".equals(endpoint.httpMethod()) ? 204 : 200);
        ObjectNode success = responses.with(Integer.toString(status));
        success.put("description", entry.path("responseDescription").asText(defaultDescription(status)));
        if (status == 201) {
            success.with("headers").with("Location").put("description", "The URL of what was created.")
                    .with("schema").put("type", "string").put("format", "uri");
        }
        if (status != 204) {
            success.with("content").set(mediaType(generatedDefault), successContent(generatedDefault));
        }
        for (JsonNode error : errors()) {
            responses.with(error.asText()).put("$ref", "#/components/responses/" + ERROR_RESPONSES.get(error.asText()));
        }
        return responses;
    }

    private static final Map<String, String> ERROR_RESPONSES = Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound", "409", "Conflict");

    /** Given in operations.yaml, or else: anyone may be anonymous, refused, or ask for what they cannot see. */
    private JsonNode errors() {
        if (entry.has("errors")) {
            return entry.get("errors");
        }
        var errors = NODES.arrayNode();
        boolean takesInput = endpoint.body() != null || !endpoint.queryParams().isEmpty() || !endpoint.pathParams().isEmpty();
        if (takesInput) {
            errors.add("400");
        }
        errors.add("401").add("403").add("404");
        if (!"GET".equals(endpoint.httpMethod())) {
            errors.add("409");
        }
        return errors;
    }

    private String mediaType(JsonNode generatedDefault) {
        Iterator<String> types = generatedDefault.path("content").fieldNames();
        return types.hasNext() ? types.next() : ApiDocumentGenerator.JSON;
    }

    private ObjectNode successContent(JsonNode generatedDefault) {
        String mediaType = mediaType(generatedDefault);
        JsonNode schema = generatedDefault.path("content").path(mediaType).path("schema");
        ObjectNode content = NODES.objectNode();
        if (!mediaType.startsWith(ApiDocumentGenerator.JSON)) {
            content.with("schema").put("type", "string");
        } else if (!schema.isMissingNode()) {
            content.set("schema", schema);
        } else {
            content.with("schema").put("$ref", "#/components/schemas/" + required(entry, "schema",
                    "the response schema (a method that returns a Response) of"));
        }
        content.with("examples").set("example", example(requiredNode(entry, "response", "a response example for")));
        return content;
    }

    private static ObjectNode example(JsonNode value) {
        ObjectNode example = NODES.objectNode();
        example.set("value", value);
        return example;
    }

    private String required(JsonNode node, String field, String what) {
        return requiredNode(node, field, what).asText();
    }

    private JsonNode requiredNode(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("operations.yaml lacks " + what + " " + endpoint);
        }
        return value;
    }

    private static String defaultDescription(int status) {
        return switch (status) {
            case 201 -> "Created.";
            case 204 -> "Done; no content.";
            default -> "OK.";
        };
    }
}
