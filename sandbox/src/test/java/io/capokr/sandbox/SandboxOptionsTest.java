package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.nio.file.Path;

import org.junit.Test;

public class SandboxOptionsTest {

    @Test
    public void defaultsAreJirasDevelopmentPortAndADataFolderHere() {
        SandboxOptions options = SandboxOptions.parse();
        assertEquals(2990, options.port());
        assertEquals(Path.of("sandbox-data"), options.dataDirectory());
        assertEquals("localhost", options.host());
        assertNull(options.database());
        assertEquals("node1", options.node());
    }

    @Test
    public void optionsAreRead() {
        SandboxOptions options = SandboxOptions.parse("--port", "8080", "--data", "/tmp/x", "--host", "0.0.0.0", "--db", "mem",
                "--node", "node2");
        assertEquals(8080, options.port());
        assertEquals(Path.of("/tmp/x"), options.dataDirectory());
        assertEquals("0.0.0.0", options.host());
        assertEquals("mem", options.database());
        assertEquals("node2", options.node());
    }

    @Test
    public void mistakesAreExplained() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port", "abc")).getMessage(),
                containsString("abc"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port")).getMessage(),
                containsString("Usage"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--colour", "red")).getMessage(),
                containsString("--colour"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port", "70000"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--node", " "));
    }

    @Test
    public void jdbcCredentialsAreReadFromTheUrl() {
        String url = "jdbc:postgresql://localhost:5432/capokr?user=cap&password=p%40ss";
        assertEquals("cap", Sandbox.urlParameter(url, "user"));
        assertEquals("p@ss", Sandbox.urlParameter(url, "password"));
        assertEquals("", Sandbox.urlParameter("jdbc:h2:mem:x", "user"));
    }

    @Test
    public void quartersStartOnTheirFirstDay() {
        assertEquals(java.time.LocalDate.of(2027, 4, 1), SampleData.quarterStart(java.time.LocalDate.of(2027, 6, 30)));
        assertEquals(java.time.LocalDate.of(2027, 10, 1), SampleData.quarterStart(java.time.LocalDate.of(2027, 10, 1)));
    }
}
