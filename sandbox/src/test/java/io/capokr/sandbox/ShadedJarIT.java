package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The packaged jar, run as a developer runs it: {@code java -jar cap-okr-sandbox.jar --port 0 --data DIR}.
 * Proves the shaded jar finds everything the classpath of the other tests gave them (Jersey's and HK2's
 * service files, the plugin's descriptor and classes, AUI).
 */
public class ShadedJarIT {

    @Rule
    public final TemporaryFolder data = new TemporaryFolder();

    @Test(timeout = 120_000)
    public void theJarStartsServesAndStopsCleanly() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start(data.getRoot().toPath())) {
            SandboxHttp http = sandbox.http();

            assertEquals(SampleData.quarterStarts(LocalDate.now()).size(), http.cycleCount());
            assertEquals(200, http.get("/login", null).status());
            assertThat(http.get("/projects/MKT", "admin").body(), containsString("id=\"capokr-project-page\""));
            assertEquals(200, http.get("/sandbox-static/aui/aui-prototyping.js", null).status());
            assertEquals(400, http.postJson(SandboxHttp.REST + "/cycles", "admin", "not json").status());
        }
        assertTrue("the H2 database was written", Files.exists(data.getRoot().toPath().resolve("capokr.mv.db")));
    }
}
