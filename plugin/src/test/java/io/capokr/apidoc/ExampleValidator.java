package io.capokr.apidoc;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a documented example, or a live answer (the sandbox's contract test), against its schema with a JSON Schema
 * 2020-12 validator (OpenAPI 3.1's schemas are JSON Schema). Stricter than the document itself: an object may not
 * carry a property its schema does not declare, so that an example cannot keep a field the records have dropped or
 * renamed, and a live answer cannot carry one the document does not name.
 */
public final class ExampleValidator {

    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    private static final String DEFINITIONS = "#/$defs/";

    /** Formats (date, date-time) are checked too, not only noted as JSON Schema 2020-12 does by default. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final ObjectNode definitions;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    public ExampleValidator(JsonNode document) {
        this.definitions = (ObjectNode) movedToDefinitions(closed(document.at("/components/schemas").deepCopy()));
    }

    /** What is wrong with the example of one media type ({@code schema} and {@code examples.example.value}). */
    List<String> problems(String where, JsonNode media) {
        JsonNode example = media.at("/examples/example/value");
        if (example.isMissingNode()) {
            return List.of(where + ": no example");
        }
        if (media.at("/schema/type").asText().equals("string") && example.isTextual()) {
            return List.of();
        }
        return problems(where, media.get("schema"), example);
    }

    /** What is wrong with {@code value} as an instance of {@code schema} (a schema of the document, or a reference). */
    public List<String> problems(String where, JsonNode schemaOfDocument, JsonNode value) {
        ObjectNode root = (ObjectNode) movedToDefinitions(schemaOfDocument.deepCopy());
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", definitions);
        JsonSchema schema = factory.getSchema(root, CONFIG);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(value)) {
            problems.add(where + ": " + message.getMessage());
        }
        return problems;
    }

    /** The document's schemas as a JSON Schema's own definitions, where a validator looks for them. */
    private static JsonNode movedToDefinitions(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode reference = object.get("$ref");
            if (reference != null && reference.asText().startsWith(COMPONENT_SCHEMAS)) {
                object.put("$ref", DEFINITIONS + reference.asText().substring(COMPONENT_SCHEMAS.length()));
            }
            object.elements().forEachRemaining(ExampleValidator::movedToDefinitions);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ExampleValidator::movedToDefinitions);
        }
        return node;
    }

    /** Every object schema with properties refuses others, unless it says what others it takes. */
    private static ObjectNode closed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(ExampleValidator::closed);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ExampleValidator::closed);
        }
        return node.isObject() ? (ObjectNode) node : null;
    }
}
