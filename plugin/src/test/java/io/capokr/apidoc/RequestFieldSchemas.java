package io.capokr.apidoc;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.okr.Change;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The two request field types whose JSON is not what their Java type says. A {@code Change<T>} (an edit's field,
 * read by {@code ChangeJson}) is a plain T on the wire, or null to clear it, or left out to keep it; and a check-in's
 * {@code blocker}, read as raw JSON only to refuse coercions, is a boolean.
 */
final class RequestFieldSchemas implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json31.mapper().constructType(type.getType());
        if (javaType.getRawClass() == Change.class) {
            Schema<?> value = valueOf(javaType.containedType(0).getRawClass());
            return value.description("Leave out to keep the current value; null clears it.");
        }
        if (JsonNode.class.isAssignableFrom(javaType.getRawClass())) {
            if (!"blocker".equals(type.getPropertyName())) {
                throw new IllegalStateException("A request field read as raw JSON that the document cannot type: "
                        + type.getPropertyName() + "; say here what it holds");
            }
            return nullable("boolean");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /** A type or null; in a LinkedHashSet so that the document is written the same on every run. */
    static Schema<?> nullable(String type) {
        return new JsonSchema().types(new LinkedHashSet<>(List.of(type, "null")));
    }

    private static Schema<?> valueOf(Class<?> type) {
        if (type == String.class) {
            return nullable("string");
        }
        if (type == Double.class) {
            return nullable("number").format("double");
        }
        if (type == Integer.class) {
            return nullable("integer").format("int32");
        }
        if (type == Long.class) {
            return nullable("integer").format("int64");
        }
        if (type == Boolean.class) {
            return nullable("boolean");
        }
        throw new IllegalStateException("No schema for a Change of " + type);
    }
}
