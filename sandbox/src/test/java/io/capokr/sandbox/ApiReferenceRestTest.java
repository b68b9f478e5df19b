package io.capokr.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code GET /rest/capokr/1.0/openapi.json} over real HTTP: the document in the plugin jar, with the absolute base URL
 * it was reached at as its server, for anyone logged in (the permission matrix has the rows for each user).
 */
public class ApiReferenceRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    public void servesTheJarsDocumentWithThisServersUrl() throws Exception {
        SandboxHttp.Reply reply = SANDBOX.http().get(SandboxHttp.REST + "/openapi.json", "outsider");

        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").orElse(""), reply.header("Content-Type").orElse("").startsWith("application/json"));
        JsonNode served = reply.json();
        assertEquals("3.1.0", served.get("openapi").asText());
        assertEquals(SANDBOX.uri(SandboxHttp.REST).toString(), served.at("/servers/0/url").asText());
        assertEquals(1, served.get("servers").size());

        JsonNode packaged;
        try (InputStream in = ApiReferenceRestTest.class.getResourceAsStream("/openapi/cap-okr-openapi.json")) {
            packaged = new ObjectMapper().readTree(in);
        }
        assertEquals(names(packaged.get("paths")), names(served.get("paths")));
        assertEquals(packaged.get("components"), served.get("components"));
        assertEquals("a relative server in the file, replaced when served", "/rest/capokr/1.0",
                packaged.at("/servers/0/url").asText());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
