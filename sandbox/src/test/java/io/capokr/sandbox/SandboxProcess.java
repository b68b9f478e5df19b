package io.capokr.sandbox;

import static org.junit.Assert.assertNotNull;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged sandbox jar run as its own process, as a developer runs it:
 * {@code java -jar cap-okr-sandbox.jar --port 0 --data DIR}; for tests of the jar itself and of what survives the
 * process dying. The jar's path comes from the build ({@code capokr.sandboxJar}, set for the integration tests).
 */
final class SandboxProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Cap sandbox running at (http://localhost:\\d+/)");

    private final Process process;
    private final BufferedReader output;
    private final URI base;

    private SandboxProcess(Process process, BufferedReader output, URI base) {
        this.process = process;
        this.output = output;
        this.base = base;
    }

    /** Starts the jar on {@code data} and waits until it says where it runs. */
    static SandboxProcess start(Path data) throws Exception {
        String jar = System.getProperty("capokr.sandboxJar");
        assertNotNull("capokr.sandboxJar is set by the build", jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar, "--port", "0", "--data", data.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            return new SandboxProcess(process, output, awaitReady(output));
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    URI base() {
        return base;
    }

    SandboxHttp http() {
        return new SandboxHttp(base);
    }

    /** SIGKILL, as a crash or an out-of-memory killer would: no shutdown hook, nothing flushed by the app. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A clean stop (SIGTERM), then SIGKILL if it does not stop in time. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        output.close();
    }

    /** Reads the jar's output until it says where it runs; fails with what it printed if it exits first. */
    private static URI awaitReady(BufferedReader output) throws Exception {
        StringBuilder printed = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            printed.append(line).append(System.lineSeparator());
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                // Keep reading what it prints, so that a full pipe never blocks it.
                Thread drain = new Thread(() -> {
                    try {
                        while (output.readLine() != null) {
                            // discarded: the tests read the process through HTTP
                        }
                    } catch (java.io.IOException ignored) {
                        // the process ended
                    }
                }, "sandbox-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(ready.group(1));
            }
        }
        throw new AssertionError("The sandbox exited before it was ready:\n" + printed);
    }
}
