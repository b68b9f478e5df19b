package io.capokr.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/**
 * One of the two built plugin jars (Jira 11, or Jira 10.3), opened for inspection: entries, bytes, manifest
 * clauses and XML. The plugin module's own PluginJar inspects the Jira 11 jar further, with its classes loaded.
 */
final class BundleJar implements AutoCloseable {

    /** One clause of an OSGi manifest header: the package and its attributes and directives. */
    record Clause(String name, Map<String, String> parameters) {
        boolean optional() {
            return "optional".equals(parameters.get("resolution:"));
        }

        String version() {
            return parameters.get("version");
        }
    }

    private final Path path;
    private final JarFile jar;

    private BundleJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
    }

    /** The jar whose path failsafe passes in this system property. */
    static BundleJar open(String property) throws IOException {
        String path = System.getProperty(property);
        if (path == null) {
            throw new IllegalStateException("Run through Maven (failsafe sets " + property + ")");
        }
        return new BundleJar(Paths.get(path));
    }

    Path path() {
        return path;
    }

    Attributes mainAttributes() throws IOException {
        return jar.getManifest().getMainAttributes();
    }

    List<Clause> imports() throws IOException {
        return clauses(mainAttributes().getValue("Import-Package"));
    }

    List<String> entryNames() {
        return Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
    }

    List<String> classEntries() {
        return entryNames().stream().filter(name -> name.endsWith(".class")).toList();
    }

    boolean hasClass(String className) {
        return jar.getEntry(className.replace('.', '/') + ".class") != null;
    }

    boolean hasPackage(String packageName) {
        String prefix = packageName.replace('.', '/') + "/";
        return classEntries().stream().anyMatch(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0);
    }

    byte[] bytes(String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
            throw new IOException("not in " + path.getFileName() + ": " + name);
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    Document xml(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes(name))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /**
     * Splits an OSGi header into clauses: commas and semicolons inside quotes (version ranges) do not split.
     * A clause naming several packages ({@code a;b;version=1}) becomes one clause per package.
     */
    static List<Clause> clauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    names.add(part.trim());
                } else {
                    String key = part.substring(0, equals).trim();
                    String value = part.substring(equals + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    parameters.put(key, value);
                }
            }
            names.forEach(name -> clauses.add(new Clause(name, parameters)));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
