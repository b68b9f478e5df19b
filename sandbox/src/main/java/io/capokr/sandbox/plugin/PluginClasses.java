package io.capokr.sandbox.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the classes of a package inside the plugin, the way Jira scans a plugin bundle for the packages its
 * {@code <rest>} module names. The plugin is found where its descriptor is (a jar, or a classes directory
 * in a development build), which works whether or not that jar has directory entries.
 */
public final class PluginClasses {

    private final URL descriptorUrl;
    private final ClassLoader loader;

    public PluginClasses(URL descriptorUrl, ClassLoader loader) {
        this.descriptorUrl = descriptorUrl;
        this.loader = loader;
    }

    /** Every class in {@code packageName} and its subpackages, sorted by name so registration is repeatable. */
    public List<Class<?>> inPackage(String packageName) {
        String prefix = packageName.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        for (String entry : entries()) {
            if (entry.startsWith(prefix) && entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        Collections.sort(names);
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Listed but not loadable: " + name, e);
            }
        }
        return classes;
    }

    /** Paths of the files under the plugin's root, separated by '/'. */
    private List<String> entries() {
        try {
            if ("jar".equals(descriptorUrl.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) descriptorUrl.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().filter(entry -> !entry.isDirectory()).map(JarEntry::getName).toList();
                }
            }
            if ("file".equals(descriptorUrl.getProtocol())) {
                Path root = Path.of(descriptorUrl.toURI()).getParent();
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(Files::isRegularFile)
                            .map(file -> root.relativize(file).toString().replace('\\', '/'))
                            .toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the plugin at " + descriptorUrl, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Odd plugin location " + descriptorUrl, e);
        }
        throw new IllegalStateException("Cannot list a plugin loaded from " + descriptorUrl);
    }
}
