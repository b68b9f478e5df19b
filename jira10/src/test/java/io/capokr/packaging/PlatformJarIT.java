package io.capokr.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.AfterClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The same checks on both jars, the Jira 11 one (jakarta) and the Jira 10.3 one (javax): each imports and
 * references only its own namespace of the EE APIs, is Java 17 bytecode, and holds every class its descriptor
 * and Spring XML name, importing the packages of the host classes they name.
 */
@RunWith(Parameterized.class)
public class PlatformJarIT {

    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final String SPRING_XML = "META-INF/spring/plugin-context.xml";
    private static final String OSGI_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final Pattern OUR_NAME = Pattern.compile("io\\.capokr(\\.[A-Za-z_$][\\w$]*)+");
    private static final int JAVA_17 = 61;

    @Parameters(name = "{0}")
    public static List<Platform> platforms() {
        return List.of(Platform.values());
    }

    @Parameter
    public Platform platform;

    private static final java.util.Map<Platform, BundleJar> JARS = new java.util.EnumMap<>(Platform.class);

    private BundleJar jar() throws Exception {
        BundleJar jar = JARS.get(platform);
        if (jar == null) {
            jar = platform.openJar();
            JARS.put(platform, jar);
        }
        return jar;
    }

    @AfterClass
    public static void closeJars() throws Exception {
        for (BundleJar jar : JARS.values()) {
            jar.close();
        }
    }

    @Test
    public void importsTheEeApisOfItsOwnNamespaceOnly() throws Exception {
        List<String> imports = jar().imports().stream().map(BundleJar.Clause::name).toList();

        assertTrue(imports.toString(), imports.contains(platform.namespace + ".ws.rs"));
        assertTrue(imports.toString(), imports.contains(platform.namespace + ".inject"));
        List<String> foreign = imports.stream().filter(name -> platform.otherApis().matcher(name).lookingAt()).toList();
        assertEquals("imports from " + platform.otherNamespace, List.of(), foreign);
    }

    @Test
    public void noClassReferencesTheOtherNamespace() throws Exception {
        Set<String> references = new TreeSet<>();
        int own = 0;
        for (String entry : jar().classEntries()) {
            String constants = new String(jar().bytes(entry), StandardCharsets.ISO_8859_1);
            Matcher other = platform.otherApis().matcher(constants);
            while (other.find()) {
                references.add(entry + ": " + other.group());
            }
            if (platform.ownApis().matcher(constants).find()) {
                own++;
            }
        }
        assertEquals(Set.of(), references);
        assertTrue("the scan finds " + platform.namespace + " references where they are", own > 0);
    }

    /** Ours compiled for Java 17 exactly; the CSV library copied in may be older bytecode, never newer. */
    @Test
    public void everyClassIsJava17Bytecode() throws Exception {
        List<String> other = new ArrayList<>();
        int own = 0;
        for (String entry : jar().classEntries()) {
            byte[] bytes = jar().bytes(entry);
            int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
            boolean ours = entry.startsWith("io/capokr/");
            own += ours ? 1 : 0;
            if (ours ? major != JAVA_17 : major > JAVA_17) {
                other.add(entry + " (" + major + ")");
            }
        }
        assertEquals(List.of(), other);
        assertTrue("our classes are there", own > 0);
    }

    @Test
    public void everyClassOrPackageTheDescriptorAndSpringXmlNameIsInTheJar() throws Exception {
        Set<String> named = new TreeSet<>();
        for (String file : List.of(DESCRIPTOR, SPRING_XML)) {
            for (String value : values(jar().xml(file))) {
                Matcher name = OUR_NAME.matcher(value);
                while (name.find()) {
                    named.add(name.group());
                }
            }
        }
        assertTrue(named.toString(), named.contains("io.capokr.jira.ProjectPageContextProvider"));
        assertTrue(named.toString(), named.contains("io.capokr.service.CycleService"));

        List<String> missing = new ArrayList<>();
        for (String name : named) {
            if (!jar().hasClass(name) && !jar().hasPackage(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void importsThePackageOfEveryHostClassTheDescriptorAndSpringXmlName() throws Exception {
        Set<String> hostClasses = new TreeSet<>();
        for (Element reference : elements(jar().xml(SPRING_XML), OSGI_NS, "reference")) {
            hostClasses.add(reference.getAttribute("interface"));
        }
        for (Element element : elements(jar().xml(DESCRIPTOR), null, "*")) {
            String className = element.getAttribute("class");
            if (!className.isEmpty() && !className.startsWith("io.capokr.")) {
                hostClasses.add(className);
            }
        }
        assertFalse(hostClasses.isEmpty());

        Set<String> imports = jar().imports().stream().map(BundleJar.Clause::name).collect(Collectors.toSet());
        List<String> notImported = hostClasses.stream()
                .filter(name -> !imports.contains(name.substring(0, name.lastIndexOf('.'))))
                .toList();
        assertEquals(List.of(), notImported);
    }

    /** Every attribute value and text (not comments) in the document. */
    private static List<String> values(Document document) {
        List<String> values = new ArrayList<>();
        collect(document.getDocumentElement(), values);
        return values;
    }

    private static void collect(Node node, List<String> values) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            values.add(node.getNodeValue());
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                values.add(((Attr) attributes.item(i)).getValue());
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collect(children.item(i), values);
        }
    }

    private static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = namespace == null
                ? document.getElementsByTagName(localName)
                : document.getElementsByTagNameNS(namespace, localName);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }
}
