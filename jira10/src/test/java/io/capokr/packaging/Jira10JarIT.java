package io.capokr.packaging;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Jira 10.3 jar is the Jira 11 jar with the jakarta EE packages renamed to javax, and nothing else: the same
 * entries, the same bytes for every class that does not use those APIs and for every resource (descriptor,
 * Spring XML, templates, i18n, web resources), the same manifest but for Import-Package, whose renamed packages
 * carry Jira 10.3's ranges.
 */
public class Jira10JarIT {

    private static BundleJar jira11;
    private static BundleJar jira10;

    @BeforeClass
    public static void openJars() throws Exception {
        jira11 = Platform.JIRA_11.openJar();
        jira10 = Platform.JIRA_10_3.openJar();
    }

    @AfterClass
    public static void closeJars() throws Exception {
        jira11.close();
        jira10.close();
    }

    @Test
    public void isNamedAfterTheJira11JarWithTheJira10Suffix() {
        String jira11Name = jira11.path().getFileName().toString();
        assertEquals(jira11Name.replaceFirst("\\.jar$", "-jira10.jar"), jira10.path().getFileName().toString());
    }

    @Test
    public void holdsTheSameEntries() {
        assertEquals(contents(jira11), contents(jira10));
    }

    @Test
    public void resourcesAreUnchanged() throws Exception {
        List<String> resources = contents(jira11).stream()
                .filter(name -> !name.endsWith(".class") && !name.equals("META-INF/MANIFEST.MF"))
                .toList();
        assertTrue(resources.contains("atlassian-plugin.xml"));
        assertTrue(resources.contains("META-INF/spring/plugin-context.xml"));
        assertTrue(resources.stream().anyMatch(name -> name.endsWith(".vm")));
        for (String resource : resources) {
            assertArrayEquals(resource, jira11.bytes(resource), jira10.bytes(resource));
        }
    }

    @Test
    public void onlyTheClassesThatUseTheRenamedApisChange() throws Exception {
        Set<String> changed = new TreeSet<>();
        Set<String> usingJakarta = new TreeSet<>();
        for (String entry : jira11.classEntries()) {
            if (Platform.JIRA_11.ownApis().matcher(new String(jira11.bytes(entry), StandardCharsets.ISO_8859_1)).find()) {
                usingJakarta.add(entry);
            }
            if (!java.util.Arrays.equals(jira11.bytes(entry), jira10.bytes(entry))) {
                changed.add(entry);
            }
        }
        assertFalse(usingJakarta.isEmpty());
        assertEquals(usingJakarta, changed);
    }

    @Test
    public void manifestDiffersOnlyInImportPackage() throws Exception {
        Map<String, String> expected = headers(jira11.mainAttributes());
        Map<String, String> actual = headers(jira10.mainAttributes());
        expected.remove("Import-Package");
        actual.remove("Import-Package");

        assertEquals(expected, actual);
        assertEquals("io.capokr.jira", actual.get("Atlassian-Plugin-Key"));
    }

    @Test
    public void importsAreTheJira11OnesRenamedWithJira10Ranges() throws Exception {
        Map<String, BundleJar.Clause> jira10Imports = new TreeMap<>();
        jira10.imports().forEach(clause -> jira10Imports.put(clause.name(), clause));
        List<String> problems = new ArrayList<>();
        for (BundleJar.Clause clause : jira11.imports()) {
            boolean renamed = Platform.JIRA_11.ownApis().matcher(clause.name()).lookingAt();
            String name = renamed ? "javax" + clause.name().substring("jakarta".length()) : clause.name();
            BundleJar.Clause counterpart = jira10Imports.remove(name);
            if (counterpart == null) {
                problems.add("no import of " + name);
            } else if (!renamed && !counterpart.parameters().equals(clause.parameters())) {
                problems.add(name + ": " + counterpart.parameters() + " instead of " + clause.parameters());
            } else if (renamed && clause.optional() != counterpart.optional()) {
                problems.add(name + ": resolution changed");
            }
        }
        jira10Imports.keySet().forEach(name -> problems.add("new import " + name));
        assertEquals(List.of(), problems);
    }

    @Test
    public void jaxRsIsImportedInJira10sRange() throws Exception {
        List<BundleJar.Clause> jaxRs = jira10.imports().stream().filter(c -> c.name().startsWith("javax.ws.rs")).toList();
        assertFalse(jaxRs.isEmpty());
        for (BundleJar.Clause clause : jaxRs) {
            assertEquals(clause.name(), "[2.0,3)", clause.version());
        }
        BundleJar.Clause inject = jira10.imports().stream().filter(c -> c.name().equals("javax.inject")).findFirst().orElse(null);
        assertNotNull(inject);
        assertEquals("[0,2)", inject.version());
    }

    /** Entry names, without directories and without the Maven metadata each module writes about itself. */
    private static Set<String> contents(BundleJar jar) {
        return jar.entryNames().stream()
                .filter(name -> !name.endsWith("/") && !name.startsWith("META-INF/maven/"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> headers(Attributes attributes) {
        Map<String, String> headers = new TreeMap<>();
        attributes.forEach((key, value) -> headers.put(key.toString(), value.toString()));
        return headers;
    }
}
