package io.capokr.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built plugin jar, opened for inspection: its entries, manifest and XML files. */
final class PluginJar implements AutoCloseable {

    private final JarFile jar;

    private PluginJar(JarFile jar) {
        this.jar = jar;
    }

    /** The jar Maven just built; failsafe passes its path. */
    static PluginJar open() throws IOException {
        String path = System.getProperty("capokr.pluginJar");
        if (path == null) {
            throw new IllegalStateException("Run through Maven (failsafe sets capokr.pluginJar)");
        }
        Path jarPath = Paths.get(path);
        return new PluginJar(new JarFile(jarPath.toFile()));
    }

    List<String> entryNames() {
        return Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
    }

    boolean has(String name) {
        return jar.getEntry(name) != null;
    }

    boolean hasClass(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    Manifest manifest() throws IOException {
        return jar.getManifest();
    }

    InputStream open(String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
            throw new IOException("not in the jar: " + name);
        }
        return jar.getInputStream(entry);
    }

    String text(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    Document xml(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = open(name)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = namespace == null
                ? document.getElementsByTagName(localName)
                : document.getElementsByTagNameNS(namespace, localName);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    static List<Element> children(Element parent, String localName) {
        NodeList nodes = parent.getChildNodes();
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(nodes::item)
                .filter(node -> node instanceof Element e && localName.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName()))
                .map(node -> (Element) node)
                .toList();
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
