package io.capokr.apidoc;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;

/**
 * Writes the OpenAPI 3.1 document the plugin serves at {@code /rest/capokr/1.0/openapi.json}. swagger-core reads the
 * paths, parameters and request and response schemas from the resources and the JSON records, as JAX-RS and Jackson
 * see them; {@code src/main/openapi/operations.yaml} adds what code cannot say: summaries, descriptions, the
 * success status of methods that build their own {@code Response}, the error shape and one example per operation.
 * The result is committed ({@code src/main/resources/openapi/cap-okr-openapi.json}) so that the jar carries it and a
 * review shows every change of the API; {@link OpenApiDocumentTest} fails when it is out of date.
 */
final class ApiDocumentGenerator {

    static final Path SOURCE = Path.of("src/main/openapi/operations.yaml");
    static final Path DOCUMENT = Path.of("src/main/resources/openapi/cap-okr-openapi.json");
    static final String JSON = "application/json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode source;
    private final SchemaNames names = new SchemaNames();

    ApiDocumentGenerator(JsonNode source) {
        this.source = source;
    }

    static JsonNode readSource() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(SOURCE.toFile());
    }

    static JsonNode readCommitted() throws IOException {
        return new ObjectMapper().readTree(DOCUMENT.toFile());
    }

    static void write(JsonNode document) throws IOException {
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    }

    /** The whole document; fails naming the operation or parameter that operations.yaml does not describe. */
    ObjectNode generate() {
        ObjectNode document = (ObjectNode) Json31.mapper().valueToTree(readResources());
        ObjectNode paths = (ObjectNode) document.get("paths");
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.all()) {
            ObjectNode operation = (ObjectNode) paths.path(endpoint.path()).path(endpoint.httpMethod().toLowerCase());
            if (operation.isMissingNode() || operation.isEmpty()) {
                throw new IllegalStateException("swagger-core did not read " + endpoint);
            }
            new OperationWriter(endpoint, described(endpoint), source).write(operation);
        }
        ObjectNode schemas = (ObjectNode) document.with("components").get("schemas");
        markNullableProperties(schemas);
        new StringValues(source).apply(schemas);
        return assemble(document, schemas);
    }

    private JsonNode described(ResourceMethods.Endpoint endpoint) {
        JsonNode entry = source.path("operations").path(endpoint.key());
        if (entry.isMissingNode()) {
            throw new IllegalStateException("operations.yaml does not describe " + endpoint);
        }
        return entry;
    }

    private OpenAPI readResources() {
        useOurConverters();
        SwaggerConfiguration configuration = new SwaggerConfiguration()
                .openAPI(new OpenAPI(SpecVersion.V31).openapi("3.1.0"))
                .openAPI31(true);
        return new Reader(configuration).read(new LinkedHashSet<>(ResourceMethods.resources()));
    }

    /**
     * swagger-core's schema resolver with our schema names, after our request field types. The converters are
     * swagger-core's process-wide list; the test JVM has no other user of it.
     */
    private void useOurConverters() {
        ModelConverters converters = ModelConverters.getInstance(true);
        for (ModelConverter converter : new ArrayList<>(converters.getConverters())) {
            converters.removeConverter(converter);
        }
        converters.addConverter(new ModelResolver(Json31.mapper(), names).openapi31(true));
        converters.addConverter(new RequestFieldSchemas());
    }

    /**
     * A record component of a reference type may be null on the wire (an owner not set, a key result not graded yet,
     * a review not written); swagger-core writes it as its bare type or reference. Collections are left as they are:
     * the records always give lists.
     */
    private void markNullableProperties(ObjectNode schemas) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            Class<?> type = names.classOf(schema.getKey());
            if (type == null || !type.isRecord()) {
                continue;
            }
            JsonNode properties = schema.getValue().path("properties");
            for (RecordComponent component : type.getRecordComponents()) {
                String name = jsonName(component);
                JsonNode property = properties.path(name);
                if (!property.isObject() || !mayBeNull(component.getType())) {
                    continue;
                }
                if (property.path("type").isTextual()) {
                    ArrayNode types = NODES.arrayNode().add(property.get("type").asText()).add("null");
                    ((ObjectNode) property).set("type", types);
                } else if (property.has("$ref")) {
                    ObjectNode either = NODES.objectNode();
                    either.withArray("anyOf").add(property).add(NODES.objectNode().put("type", "null"));
                    ((ObjectNode) properties).set(name, either);
                }
            }
        }
    }

    private static String jsonName(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty named =
                component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        named = named != null ? named : component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return named == null || named.value().isEmpty() ? component.getName() : named.value();
    }

    private static boolean mayBeNull(Class<?> type) {
        return !type.isPrimitive() && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
    }

    /** The document in a fixed order (paths and schemas by name), with operations.yaml's info, tags and components. */
    private ObjectNode assemble(ObjectNode generated, ObjectNode schemas) {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", "3.1.0");
        document.set("info", source.get("info"));
        document.set("servers", source.get("servers"));
        document.set("security", source.get("security"));
        document.set("tags", source.get("tags"));
        document.set("paths", sorted((ObjectNode) generated.get("paths")));
        ObjectNode components = ((ObjectNode) source.get("components")).deepCopy();
        ObjectNode allSchemas = sorted(schemas);
        allSchemas.setAll((ObjectNode) components.path("schemas"));
        components.set("schemas", sorted(allSchemas));
        document.set("components", components);
        return document;
    }

    private static ObjectNode sorted(ObjectNode node) {
        Map<String, JsonNode> byName = new TreeMap<>();
        node.fields().forEachRemaining(field -> byName.put(field.getKey(), field.getValue()));
        ObjectNode result = NODES.objectNode();
        byName.forEach(result::set);
        return result;
    }

    /** Where the committed document and the generated one differ, as JSON paths; none when they are the same. */
    static List<String> differences(JsonNode committed, JsonNode generated) {
        List<String> differences = new ArrayList<>();
        compare("", committed, generated, differences);
        return differences;
    }

    private static void compare(String where, JsonNode committed, JsonNode generated, List<String> differences) {
        if (committed.isObject() && generated.isObject()) {
            Iterator<String> names = committed.fieldNames();
            names.forEachRemaining(name -> {
                if (!generated.has(name)) {
                    differences.add(where + "/" + name + " is no longer generated");
                }
            });
            generated.fieldNames().forEachRemaining(name -> compare(where + "/" + name,
                    committed.path(name), generated.get(name), differences));
        } else if (!committed.equals(generated)) {
            differences.add(where + (committed.isMissingNode() ? " is new" : " changed"));
        }
    }
}
