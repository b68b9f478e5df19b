package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The packaged jar, run as a developer runs it: {@code java -jar cap-okr-sandbox.jar --port 0 --data DIR}.
 * Proves the shaded jar finds everything the classpath of the other tests gave them (Jersey's and HK2's
 * service files, the plugin's descriptor and classes, AUI).
 */
public class ShadedJarIT {

    private static final Pattern READY = Pattern.compile("Cap sandbox running at (http://localhost:\\d+/)");

    @Rule
    public final TemporaryFolder data = new TemporaryFolder();

    @Test(timeout = 120_000)
    public void theJarStartsServesAndStopsCleanly() throws Exception {
        String jar = System.getProperty("capokr.sandboxJar");
        assertNotNull("capokr.sandboxJar is set by the build", jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar, "--port", "0", "--data", data.getRoot().getPath())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            URI base = awaitReady(output);
            SandboxHttp http = new SandboxHttp(base);

            assertEquals(SampleData.quarterStarts(LocalDate.now()).size(), http.cycleCount());
            assertEquals(200, http.get("/login", null).status());
            assertThat(http.get("/projects/MKT", "admin").body(), containsString("id=\"capokr-project-page\""));
            assertEquals(200, http.get("/sandbox-static/aui/aui-prototyping.js", null).status());
            assertEquals(400, http.postJson(SandboxHttp.REST + "/cycles", "admin", "not json").status());
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertTrue("the H2 database was written", Files.exists(data.getRoot().toPath().resolve("capokr.mv.db")));
    }

    /** Reads the jar's output until it says where it runs; fails with what it printed if it exits first. */
    private static URI awaitReady(BufferedReader output) throws Exception {
        StringBuilder printed = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            printed.append(line).append(System.lineSeparator());
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return URI.create(ready.group(1));
            }
        }
        throw new AssertionError("The sandbox exited before it was ready:\n" + printed);
    }
}
