package io.capokr.sandbox;

/**
 * {@code java -jar cap-okr-sandbox.jar [--port N] [--data DIR]}: starts the sandbox and serves until the
 * process is stopped; Ctrl-C closes the database cleanly.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Sandbox sandbox = Sandbox.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "cap-sandbox-shutdown"));
        // Scripts and tests wait for this exact line.
        System.out.println("Cap sandbox running at " + sandbox.baseUri());
        System.out.flush();
        sandbox.join();
    }
}
