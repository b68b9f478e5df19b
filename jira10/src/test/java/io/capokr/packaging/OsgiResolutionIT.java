package io.capokr.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs each jar into a real OSGi framework (Apache Felix) whose system bundle exports what that Jira exports
 * (src/test/resources/exports), and resolves it: what Jira's plugin system does first when it enables an app.
 * Taking away any package the jar requires must make it fail, or the test would prove nothing.
 */
@RunWith(Parameterized.class)
public class OsgiResolutionIT {

    @Parameters(name = "{0}")
    public static List<Platform> platforms() {
        return List.of(Platform.values());
    }

    @Parameter
    public Platform platform;

    @Test
    public void resolvesAgainstWhatItsJiraExports() throws Exception {
        Resolution resolution = resolve(platform, exports(platform));
        assertTrue(resolution.failure, resolution.resolved);
    }

    @Test
    public void doesNotResolveWithoutAnyOneOfItsRequiredImports() throws Exception {
        List<String> required = imports().stream().filter(clause -> !clause.optional()).map(BundleJar.Clause::name).toList();
        assertTrue(required.size() > 10);
        List<String> notNeeded = new ArrayList<>();
        for (String name : required) {
            Map<String, String> exports = exports(platform);
            exports.remove(name);
            if (resolve(platform, exports).resolved) {
                notNeeded.add(name);
            }
        }
        assertEquals("resolved without", List.of(), notNeeded);
    }

    @Test
    public void doesNotNeedItsOptionalImports() throws Exception {
        Map<String, String> exports = exports(platform);
        imports().stream().filter(BundleJar.Clause::optional).forEach(clause -> exports.remove(clause.name()));
        Resolution resolution = resolve(platform, exports);
        assertTrue(resolution.failure, resolution.resolved);
    }

    @Test
    public void doesNotResolveOnTheOtherJira() throws Exception {
        Resolution resolution = resolve(platform, exports(platform.other()));
        assertFalse(platform + " jar resolved on " + platform.other(), resolution.resolved);
        assertTrue(resolution.failure, resolution.failure.contains(platform.namespace + "."));
    }

    private List<BundleJar.Clause> imports() throws IOException {
        try (BundleJar jar = platform.openJar()) {
            return jar.imports();
        }
    }

    private static Map<String, String> exports(Platform platform) throws IOException {
        return new LinkedHashMap<>(ExportList.read(platform.exportList));
    }

    private record Resolution(boolean resolved, String failure) {
    }

    /** Starts a fresh framework exporting exactly these packages (beside the JDK's), installs the jar and resolves it. */
    private static Resolution resolve(Platform platform, Map<String, String> exports) throws Exception {
        Path storage = Files.createTempDirectory("capokr-felix");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ExportList.header(exports));
        config.put("felix.log.level", "0");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(config);
        framework.start();
        try {
            Bundle bundle;
            try (BundleJar jar = platform.openJar()) {
                bundle = framework.getBundleContext().installBundle(jar.path().toUri().toString());
            }
            boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            String failure = "resolved";
            if (!resolved) {
                try {
                    bundle.start();
                    failure = "did not resolve, then started";
                } catch (BundleException e) {
                    failure = e.getMessage();
                }
            }
            return new Resolution(resolved, failure);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
