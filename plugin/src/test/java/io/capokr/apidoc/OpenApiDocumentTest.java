package io.capokr.apidoc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capokr.okr.PageRequest;
import io.capokr.rest.ErrorJson;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The API reference served at {@code /rest/capokr/1.0/openapi.json}: up to date, complete both ways against the
 * resources as JAX-RS reads them, with the error shape and an example that fits its schema on every operation.
 * {@code -Dcapokr.openapi.write} rewrites the committed document instead of failing on a difference.
 */
public class OpenApiDocumentTest {

    private static JsonNode committed;

    @BeforeClass
    public static void generateAndCompare() throws IOException {
        JsonNode generated = new ApiDocumentGenerator(ApiDocumentGenerator.readSource()).generate();
        if (System.getProperty("capokr.openapi.write") != null) {
            ApiDocumentGenerator.write(generated);
        }
        committed = ApiDocumentGenerator.readCommitted();
        List<String> differences = ApiDocumentGenerator.differences(committed, generated);
        if (!differences.isEmpty()) {
            fail("The committed OpenAPI document is out of date (" + differences.size() + " differences, first "
                    + differences.subList(0, Math.min(10, differences.size())) + "). Regenerate it with: "
                    + "mvn -B install -DskipTests && mvn -B test -pl plugin -Dtest=OpenApiDocumentTest -Dcapokr.openapi.write");
        }
    }

    @Test
    public void documentsEveryResourceMethodAndNoOther() {
        Set<String> resourceMethods = new TreeSet<>();
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.all()) {
            resourceMethods.add(endpoint.httpMethod() + " " + endpoint.path());
        }
        Set<String> documented = new TreeSet<>();
        committed.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> undocumented = new TreeSet<>(resourceMethods);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(resourceMethods);
        assertEquals("resource methods missing from the document", Set.of(), undocumented);
        assertEquals("documented operations no resource method has", Set.of(), unknown);
        assertTrue("a real API, not an empty one", resourceMethods.size() > 50);
    }

    @Test
    public void documentsEachMethodsParametersAndBody() {
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.all()) {
            JsonNode operation = operation(endpoint);
            Set<String> expected = new TreeSet<>();
            endpoint.pathParams().forEach(name -> expected.add("path " + name));
            endpoint.queryParams().forEach(name -> expected.add("query " + name));
            Set<String> documented = new TreeSet<>();
            for (JsonNode parameter : operation.path("parameters")) {
                documented.add(parameter.get("in").asText() + " " + parameter.get("name").asText());
                assertTrue(endpoint + " " + parameter, parameter.get("description").asText().length() > 5);
                assertTrue(endpoint + " " + parameter, parameter.has("schema"));
            }
            assertEquals(endpoint.toString(), expected, documented);
            assertEquals(endpoint + " has a request body", endpoint.body() != null, operation.has("requestBody"));
        }
    }

    @Test
    public void everyOperationHasASummaryAnExampleAndJirasErrorShape() {
        for (ResourceMethods.Endpoint endpoint : ResourceMethods.all()) {
            JsonNode operation = operation(endpoint);
            assertFalse(endpoint.toString(), operation.path("summary").asText().isBlank());
            JsonNode responses = operation.get("responses");
            assertEquals(endpoint + ": 401 for anonymous callers", "#/components/responses/Unauthorized",
                    responses.path("401").path("$ref").asText());
            String success = successStatus(responses);
            if (!success.equals("204")) {
                assertTrue(endpoint + " has a response example", firstMedia(responses.get(success)).path("examples")
                        .path("example").has("value"));
            }
            if (operation.has("requestBody")) {
                assertTrue(endpoint + " has a request example", firstMedia(operation.get("requestBody"))
                        .path("examples").path("example").has("value"));
            }
        }
        Set<String> errorFields = new TreeSet<>();
        for (RecordComponent component : ErrorJson.class.getRecordComponents()) {
            errorFields.add(component.getAccessor().getAnnotation(JsonProperty.class) != null
                    ? component.getAccessor().getAnnotation(JsonProperty.class).value()
                    : component.getAnnotation(JsonProperty.class).value());
        }
        Set<String> documented = new TreeSet<>();
        committed.at("/components/schemas/Error/properties").fieldNames().forEachRemaining(documented::add);
        assertEquals("the documented error shape is ErrorJson's", errorFields, documented);
    }

    @Test
    public void everyJsonExampleFitsItsSchema() {
        ExampleValidator validator = new ExampleValidator(committed);
        List<String> problems = new ArrayList<>();
        committed.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = method.getValue();
            if (operation.has("requestBody")) {
                problems.addAll(validator.problems(where + " request", firstMedia(operation.get("requestBody"))));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.get("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                if (response.getValue().has("content")) {
                    problems.addAll(validator.problems(where + " " + response.getKey(), firstMedia(response.getValue())));
                }
            }
        }));
        committed.at("/components/responses").fields().forEachRemaining(response ->
                problems.addAll(validator.problems(response.getKey(), firstMedia(response.getValue()))));
        assertEquals(List.of(), problems);
    }

    /** The paging limits the document states are the ones the API applies. */
    @Test
    public void pagingLimitsAreTheApis() {
        JsonNode maxResults = committed.at("/paths/~1cycles/get/parameters").findParents("name").stream()
                .filter(parameter -> parameter.get("name").asText().equals("maxResults")).findFirst().orElseThrow();
        assertEquals(PageRequest.MAX_MAX_RESULTS, maxResults.at("/schema/maximum").asInt());
        assertEquals(PageRequest.DEFAULT_MAX_RESULTS, maxResults.at("/schema/default").asInt());
    }

    /** The check above can fail: a property the schema does not have, or a value of the wrong type, is caught. */
    @Test
    public void theExampleCheckCatchesAWrongExample() {
        ExampleValidator validator = new ExampleValidator(committed);
        ObjectNode media = firstMedia(committed.at("/paths/~1cycles~1{id}/get/responses/200")).deepCopy();
        assertEquals(List.of(), validator.problems("as documented", media));

        ObjectNode typo = (ObjectNode) media.at("/examples/example/value");
        typo.put("nmae", "2027 Q1");
        assertEquals(1, validator.problems("unknown property", media).size());
        typo.remove("nmae");
        typo.put("version", "three");
        assertEquals(1, validator.problems("wrong type", media).size());
        typo.put("version", 3);
        typo.put("state", "OPEN");
        assertEquals("not one of CycleState's constants", 1, validator.problems("wrong constant", media).size());
        typo.put("state", "ACTIVE");
        typo.put("startDate", "next Monday");
        assertEquals("not an ISO day", 1, validator.problems("wrong format", media).size());
    }

    private static JsonNode operation(ResourceMethods.Endpoint endpoint) {
        JsonNode operation = committed.path("paths").path(endpoint.path()).path(endpoint.httpMethod().toLowerCase());
        assertFalse("documented: " + endpoint, operation.isMissingNode());
        return operation;
    }

    private static String successStatus(JsonNode responses) {
        for (Iterator<String> it = responses.fieldNames(); it.hasNext(); ) {
            String status = it.next();
            if (status.startsWith("2")) {
                return status;
            }
        }
        throw new AssertionError("no success response in " + responses);
    }

    private static ObjectNode firstMedia(JsonNode withContent) {
        return (ObjectNode) withContent.get("content").elements().next();
    }
}
