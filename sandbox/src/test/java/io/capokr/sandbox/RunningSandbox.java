package io.capokr.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.rules.ExternalResource;

/**
 * A sandbox on a free port with its own empty data directory, for one test class (as a {@code @ClassRule}).
 * {@link #restart()} stops it and starts a new one on the same data, as a developer restarting it would.
 */
public final class RunningSandbox extends ExternalResource {

    private final java.util.function.UnaryOperator<SandboxOptions> options;
    private Path dataDirectory;
    private Sandbox sandbox;
    private SandboxHttp http;

    public RunningSandbox() {
        this(java.util.function.UnaryOperator.identity());
    }

    /** A sandbox started with more than the defaults, such as load-test projects. */
    public RunningSandbox(java.util.function.UnaryOperator<SandboxOptions> options) {
        this.options = options;
    }

    @Override
    protected void before() throws Throwable {
        dataDirectory = Files.createTempDirectory("capokr-sandbox-test");
        start();
    }

    @Override
    protected void after() {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
        } finally {
            delete(dataDirectory);
        }
    }

    public void restart() throws Exception {
        sandbox.close();
        sandbox = null;
        start();
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public SandboxHttp http() {
        return http;
    }

    public URI uri(String path) {
        return sandbox.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private void start() throws Exception {
        sandbox = Sandbox.start(options.apply(SandboxOptions.defaults().withPort(0).withDataDirectory(dataDirectory)));
        http = new SandboxHttp(sandbox.baseUri());
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is not worth failing a test for
        }
    }
}
