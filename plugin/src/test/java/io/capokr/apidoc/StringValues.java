package io.capokr.apidoc;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the records' String properties hold, where the record cannot say: the constants of a Java enum (the records
 * write {@code state.name()}), or an ISO-8601 day or instant. From operations.yaml's {@code enums} and
 * {@code formats}; enum values are read from the enum itself, so that a new constant reaches the document.
 */
final class StringValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode enums;
    private final JsonNode formats;

    StringValues(JsonNode source) {
        this.enums = source.path("enums");
        this.formats = source.path("formats");
    }

    void apply(ObjectNode schemas) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.getValue().path("properties").fields();
                 properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (isString(property.getValue())) {
                    describe(schema.getKey(), property.getKey(), (ObjectNode) property.getValue());
                }
            }
        }
    }

    private void describe(String schema, String name, ObjectNode property) {
        JsonNode values = enums.has(schema + "." + name) ? enums.get(schema + "." + name) : enums.get(name);
        if (values != null) {
            ArrayNode constants = values.isArray() ? ((ArrayNode) values).deepCopy() : constantsOf(values.asText());
            if (property.get("type").isArray()) {
                constants.addNull();
            }
            property.set("enum", constants);
        }
        formats.fields().forEachRemaining(format -> {
            for (JsonNode named : format.getValue()) {
                if (named.asText().equals(name)) {
                    property.put("format", format.getKey());
                }
            }
        });
    }

    private static boolean isString(JsonNode property) {
        JsonNode type = property.path("type");
        return type.asText().equals("string") || (type.isArray() && type.get(0).asText().equals("string"));
    }

    private static ArrayNode constantsOf(String enumClass) {
        try {
            ArrayNode constants = NODES.arrayNode();
            for (Object constant : Class.forName(enumClass).getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
            return constants;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("operations.yaml names an enum that does not exist: " + enumClass, e);
        }
    }
}
