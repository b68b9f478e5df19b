package io.capokr.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import net.java.ao.RawEntity;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Opens the built plugin jar and checks what Jira will check when it loads it, and what it would
 * only find out at run time: manifest, descriptor, Spring wiring, templates and their allowlist.
 */
public class PluginJarIT {

    private static final String PLUGIN_KEY = "io.capokr.jira";
    private static final String SPRING_XML = "META-INF/spring/plugin-context.xml";
    private static final String BEANS_NS = "http://www.springframework.org/schema/beans";
    private static final String OSGI_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    /** Packages Jira exports to plugins that ours may import; anything else would not resolve. */
    private static final List<String> IMPORTABLE = List.of(
            "com.atlassian.", "net.java.ao", "jakarta.ws.rs", "jakarta.inject", "jakarta.servlet", "com.fasterxml.jackson.",
            "org.slf4j", "org.springframework.osgi.", "org.eclipse.gemini.blueprint.");

    /**
     * The AUI web-resource each {@code AJS.x} needs in Jira. Sources: AUI's component pages name each key
     * ("Web resource key: com.atlassian.auiplugin:dialog2", docs.atlassian.com/aui/7.9.9/docs/dialog2.html);
     * aui-flag as public Jira plugins require it for AJS.flag; the jsI18n transformer's i18n resource for
     * AJS.I18n (see docs/jira-platform.md). contextPath, escapeHtml, format, toInit and $ are AUI core (ajs).
     */
    private static final Map<String, String> AJS_COMPONENTS = Map.of(
            "dialog2", "com.atlassian.auiplugin:dialog2",
            "flag", "com.atlassian.auiplugin:aui-flag",
            "I18n", "com.atlassian.plugins.atlassian-plugins-webresource-plugin:i18n",
            "contextPath", "com.atlassian.auiplugin:ajs",
            "escapeHtml", "com.atlassian.auiplugin:ajs",
            "format", "com.atlassian.auiplugin:ajs",
            "toInit", "com.atlassian.auiplugin:ajs",
            "$", "com.atlassian.auiplugin:ajs");
    private static final Pattern AJS_CALL = Pattern.compile("\\bAJS\\s*\\.\\s*([A-Za-z_$][A-Za-z0-9_$]*)");

    private static PluginJar jar;
    private static Document descriptor;
    private static Document spring;
    private static final ClassLoader LOADER = PluginJarIT.class.getClassLoader();

    @BeforeClass
    public static void openJar() throws Exception {
        jar = PluginJar.open();
        descriptor = jar.xml("atlassian-plugin.xml");
        spring = jar.xml(SPRING_XML);
    }

    @AfterClass
    public static void closeJar() throws Exception {
        jar.close();
    }

    @Test
    public void manifestMakesATransformerlessPluginWithTheDescriptorsKey() throws Exception {
        Attributes main = jar.manifest().getMainAttributes();
        String descriptorKey = descriptor.getDocumentElement().getAttribute("key");

        assertEquals(PLUGIN_KEY, descriptorKey);
        assertEquals(descriptorKey, main.getValue("Atlassian-Plugin-Key"));
        assertEquals(descriptorKey, main.getValue("Bundle-SymbolicName"));
        assertNotNull("Spring-Context header", main.getValue("Spring-Context"));
        assertTrue("a transformerless plugin needs its Spring XML", jar.has(SPRING_XML));
    }

    @Test
    public void importsAreExplicitAndStayWithinWhatJiraExports() throws Exception {
        Attributes main = jar.manifest().getMainAttributes();
        List<String> imports = importedPackages(main.getValue("Import-Package"));

        assertTrue(imports.contains("com.atlassian.plugin.osgi.bridge.external"));
        for (String imported : imports) {
            assertFalse("java.* is never imported: " + imported, imported.startsWith("java."));
            assertTrue("not exported by Jira: " + imported, IMPORTABLE.stream().anyMatch(imported::startsWith));
        }
        String capabilities = String.valueOf(main.getValue("Require-Capability"));
        assertFalse("no osgi.ee requirement: " + capabilities, capabilities.contains("osgi.ee"));
    }

    /**
     * Our bytecode needs only the JAX-RS 3.0 API, so the imports accept a 3.0.x export as well as Jira 11's
     * (believed 3.1): a narrower range would leave the app unresolved, and disabled, on a 3.0 export.
     */
    @Test
    public void jaxRsIsImportedFromThreeZeroUpToFour() throws Exception {
        List<String> clauses = importClauses(jar.manifest().getMainAttributes().getValue("Import-Package"));
        List<String> jaxRs = clauses.stream().filter(c -> packageOf(c).startsWith("jakarta.ws.rs")).toList();

        assertTrue("jakarta.ws.rs is imported", jaxRs.stream().anyMatch(c -> packageOf(c).equals("jakarta.ws.rs")));
        for (String clause : jaxRs) {
            assertTrue("version range [3.0,4): " + clause, clause.replace(" ", "").contains("version=\"[3.0,4)\""));
        }
    }

    /**
     * Our classes, and the one library Jira does not provide: Apache Commons CSV for the exports, with the packages of
     * commons-io and commons-codec it reaches, copied in so that nothing new is imported.
     */
    @Test
    public void onlyOurOwnClassesAndTheCsvLibraryArePackaged() {
        List<String> foreign = jar.entryNames().stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("io/capokr/")
                        && !name.startsWith("org/apache/commons/csv/") && !name.startsWith("org/apache/commons/io/")
                        && !name.startsWith("org/apache/commons/codec/"))
                .toList();

        assertEquals(List.of(), foreign);
        assertTrue(jar.hasClass("io.capokr.service.CycleService"));
        assertTrue(jar.hasClass("org.apache.commons.csv.CSVPrinter"));
    }

    /** The API reference is in the jar, as the resource serves it; a viewer for it is not (the sandbox has one). */
    @Test
    public void carriesTheApiReferenceButNoViewer() {
        assertTrue(jar.has("openapi/cap-okr-openapi.json"));
        List<String> viewer = jar.entryNames().stream()
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains("swagger")).toList();
        assertEquals(List.of(), viewer);
    }

    @Test
    public void descriptorDeclaresTheDataCenterParams() {
        Map<String, String> params = new HashMap<>();
        for (Element param : PluginJar.elements(descriptor, null, "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertEquals("compatible", params.get("atlassian-data-center-status"));
        assertEquals("true", params.get("atlassian-data-center-compatible"));
    }

    @Test
    public void descriptorHasNoModulesATransformerlessPluginMustNotHave() {
        for (String forbidden : List.of("component", "component-import", "module-type")) {
            assertEquals(forbidden, 0, PluginJar.elements(descriptor, null, forbidden).size());
        }
    }

    @Test
    public void everyClassTheDescriptorNamesIsInTheJar() {
        List<String> missing = new ArrayList<>();
        for (String tag : List.of("context-provider", "condition", "servlet", "jql-function")) {
            for (Element element : PluginJar.elements(descriptor, null, tag)) {
                String className = element.getAttribute("class");
                if (className.startsWith("io.capokr.") && !jar.hasClass(className)) {
                    missing.add(className);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyAoEntityIsInTheJarAndIsAnEntity() throws Exception {
        List<Element> entities = PluginJar.elements(descriptor, null, "entity");
        assertFalse(entities.isEmpty());
        for (Element entity : entities) {
            String className = entity.getTextContent().trim();
            assertTrue(className, jar.hasClass(className));
            assertTrue(className, RawEntity.class.isAssignableFrom(Class.forName(className, false, LOADER)));
        }
        Element ao = PluginJar.elements(descriptor, null, "ao").get(0);
        assertEquals(PLUGIN_KEY, ao.getAttribute("namespace"));
    }

    @Test
    public void everyResourceTheDescriptorNamesIsInTheJar() {
        List<String> missing = new ArrayList<>();
        for (Element resource : PluginJar.elements(descriptor, null, "resource")) {
            String type = resource.getAttribute("type");
            String location = resource.getAttribute("location");
            String path = "i18n".equals(type) ? location.replace('.', '/') + ".properties" : location;
            if (!jar.has(path)) {
                missing.add(type + " " + path);
            }
            if ("i18n".equals(type) && !jar.has(location.replace('.', '/') + "_fr.properties")) {
                missing.add("French bundle for " + location);
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Jira serves a web-resource with only the dependencies it declares, so every {@code AJS.x} a script calls
     * needs its AUI web-resource (in the same web-resource, or one of ours it depends on). A call not in
     * {@link #AJS_COMPONENTS} fails too: look its key up and add it, with its source.
     */
    @Test
    public void everyAjsComponentAScriptCallsHasItsWebResourceDependency() throws Exception {
        Map<String, Element> webResources = new HashMap<>();
        for (Element webResource : PluginJar.elements(descriptor, null, "web-resource")) {
            webResources.put(webResource.getAttribute("key"), webResource);
        }
        List<String> problems = new ArrayList<>();
        int scripts = 0;
        for (Element webResource : webResources.values()) {
            Set<String> declared = dependencies(webResource, webResources, new TreeSet<>());
            for (Element resource : PluginJar.children(webResource, "resource")) {
                String location = resource.getAttribute("location");
                if (!location.endsWith(".js")) {
                    continue;
                }
                scripts++;
                for (String component : ajsCalls(jar.text(location))) {
                    String needed = AJS_COMPONENTS.get(component);
                    if (needed == null) {
                        problems.add(location + ": AJS." + component + " is not in AJS_COMPONENTS; add its web-resource key");
                    } else if (!declared.contains(needed)) {
                        problems.add(location + ": AJS." + component + " needs <dependency>" + needed + "</dependency> in "
                                + webResource.getAttribute("key"));
                    }
                }
            }
        }
        assertTrue("no scripts found in the web-resources", scripts > 0);
        assertEquals(List.of(), problems);
    }

    @Test
    public void theAjsCheckSeesCallsAndIgnoresComments() {
        assertEquals(Set.of("dialog2", "flag", "I18n"), ajsCalls(
                "/* AJS.messages in a comment */\n// AJS.toInit too\nAJS.dialog2(x); window.AJS.flag({}); AJS.I18n.getText('k');"));
    }

    @Test
    public void everyI18nKeyTheDescriptorNamesExistsInBothLanguages() throws Exception {
        Properties english = properties("i18n/capokr.properties");
        Properties french = properties("i18n/capokr_fr.properties");
        List<String> missing = new ArrayList<>();
        for (String tag : List.of("label", "tooltip", "name", "description")) {
            for (Element element : PluginJar.elements(descriptor, null, tag)) {
                String key = element.getAttribute("key");
                if (!key.isEmpty() && (!english.containsKey(key) || !french.containsKey(key))) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void theRestPackageHoldsResourcesThatDeclareTheirAccess() throws Exception {
        Element rest = PluginJar.elements(descriptor, null, "rest").get(0);
        assertEquals("/capokr", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        assertEquals(1, PluginJar.elements(descriptor, null, "rest-v2").size());

        String restPackage = PluginJar.children(rest, "package").get(0).getTextContent().trim();
        List<Class<?>> resources = new ArrayList<>();
        for (String name : jar.entryNames()) {
            if (name.startsWith(restPackage.replace('.', '/') + "/") && name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""), false, LOADER);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        assertFalse("no REST resources in " + restPackage, resources.isEmpty());
        for (Class<?> resource : resources) {
            boolean declared = Arrays.stream(resource.getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().equals("com.atlassian.plugins.rest.api.security.annotation"));
            assertTrue(resource.getName() + " must declare its access annotation", declared);
            assertTrue(resource.getName() + " needs an @Inject constructor",
                    Arrays.stream(resource.getConstructors()).anyMatch(c -> c.isAnnotationPresent(jakarta.inject.Inject.class)));
        }
        assertTrue(Class.forName(restPackage + ".ServiceExceptionMapper", false, LOADER).isAnnotationPresent(Provider.class));
    }

    @Test
    public void everySpringBeanCanBeBuiltFromItsConstructorArguments() throws Exception {
        Map<String, Class<?>> beanTypes = new HashMap<>();
        for (Element reference : PluginJar.elements(spring, OSGI_NS, "reference")) {
            beanTypes.put(reference.getAttribute("id"), Class.forName(reference.getAttribute("interface"), false, LOADER));
        }
        List<Element> beans = PluginJar.elements(spring, BEANS_NS, "bean");
        for (Element bean : beans) {
            String className = bean.getAttribute("class");
            assertTrue("bean class not in the jar: " + className, jar.hasClass(className));
            beanTypes.put(bean.getAttribute("id"), Class.forName(className, false, LOADER));
        }
        for (Element bean : beans) {
            Class<?> type = beanTypes.get(bean.getAttribute("id"));
            List<Class<?>> argumentTypes = new ArrayList<>();
            for (Element argument : PluginJar.children(bean, "constructor-arg")) {
                Class<?> argumentType = beanTypes.get(argument.getAttribute("ref"));
                assertNotNull(type.getName() + ": no bean or reference '" + argument.getAttribute("ref") + "'", argumentType);
                argumentTypes.add(argumentType);
            }
            assertTrue(type.getName() + " has no public constructor taking " + argumentTypes,
                    Arrays.stream(type.getConstructors()).anyMatch(c -> accepts(c, argumentTypes)));
        }
    }

    @Test
    public void contextProvidersAndServletsCanBeAutowiredFromTheSpringBeans() throws Exception {
        Set<Class<?>> available = new java.util.HashSet<>();
        for (Element reference : PluginJar.elements(spring, OSGI_NS, "reference")) {
            available.add(Class.forName(reference.getAttribute("interface"), false, LOADER));
        }
        for (Element bean : PluginJar.elements(spring, BEANS_NS, "bean")) {
            available.add(Class.forName(bean.getAttribute("class"), false, LOADER));
        }
        List<Element> autowired = new ArrayList<>(PluginJar.elements(descriptor, null, "context-provider"));
        autowired.addAll(PluginJar.elements(descriptor, null, "servlet"));
        autowired.addAll(PluginJar.elements(descriptor, null, "jql-function"));
        assertFalse(autowired.isEmpty());
        for (Element provider : autowired) {
            Class<?> type = Class.forName(provider.getAttribute("class"), false, LOADER);
            boolean wirable = Arrays.stream(type.getConstructors()).anyMatch(c -> Arrays.stream(c.getParameterTypes())
                    .allMatch(p -> available.stream().anyMatch(p::isAssignableFrom)));
            assertTrue(type.getName() + " needs constructor arguments that are all Spring beans", wirable);
        }
    }

    @Test
    public void everyMethodATemplateCallsIsAllowlisted() throws Exception {
        Set<String> allowlisted = PluginJar.elements(descriptor, null, "method").stream()
                .map(m -> m.getTextContent().trim()).collect(Collectors.toCollection(TreeSet::new));
        // Web-panel templates, and those a servlet renders with TemplateRenderer: every template in the jar.
        Set<String> templates = new TreeSet<>(PluginJar.elements(descriptor, null, "resource").stream()
                .filter(r -> "velocity".equals(r.getAttribute("type"))).map(r -> r.getAttribute("location")).toList());
        jar.entryNames().stream().filter(name -> name.endsWith(".vm")).forEach(templates::add);
        assertTrue(templates.contains("templates/company-page.vm"));

        Set<String> notAllowlisted = new TreeSet<>();
        for (String template : templates) {
            TemplateCalls calls = TemplateCalls.of(jar.text(template), LOADER);
            assertEquals(template, List.of(), calls.problems());
            for (Method method : calls.calls()) {
                if (method.getDeclaringClass().getName().startsWith("io.capokr.") && !allowlisted.contains(signature(method))) {
                    notAllowlisted.add(signature(method) + " (" + template + ")");
                }
                if (method.getParameterCount() > 1) {
                    // The allowlist's syntax for two or more arguments is not documented: do not depend on it.
                    notAllowlisted.add(signature(method) + " takes more than one argument (" + template + ")");
                }
            }
        }
        assertEquals(Set.of(), notAllowlisted);
        assertEquals("allowlist entries of more than one argument", List.of(),
                allowlisted.stream().filter(entry -> entry.contains(",")).toList());
    }

    @Test
    public void everyAllowlistedMethodExists() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Element entry : PluginJar.elements(descriptor, null, "method")) {
            String text = entry.getTextContent().trim();
            Class<?> type = Class.forName(text.substring(0, text.indexOf('#')), false, LOADER);
            if (Arrays.stream(type.getMethods()).noneMatch(m -> signature(m).equals(text))) {
                missing.add(text);
            }
        }
        assertEquals(List.of(), missing);
    }

    /** The allowlist's form: {@code a.b.Type#method(java.lang.String,int)}. */
    private static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }

    private static boolean accepts(Constructor<?> constructor, List<Class<?>> argumentTypes) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length != argumentTypes.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isAssignableFrom(argumentTypes.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The component names a script calls as {@code AJS.name}, comments left out. */
    private static Set<String> ajsCalls(String script) {
        String code = script.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
        Set<String> components = new TreeSet<>();
        Matcher matcher = AJS_CALL.matcher(code);
        while (matcher.find()) {
            components.add(matcher.group(1));
        }
        return components;
    }

    /** A web-resource's dependencies, following those on our own web-resources. */
    private static Set<String> dependencies(Element webResource, Map<String, Element> ours, Set<String> into) {
        for (Element dependency : PluginJar.children(webResource, "dependency")) {
            String key = dependency.getTextContent().trim();
            if (into.add(key) && key.startsWith(PLUGIN_KEY + ":") && ours.containsKey(key.substring(PLUGIN_KEY.length() + 1))) {
                dependencies(ours.get(key.substring(PLUGIN_KEY.length() + 1)), ours, into);
            }
        }
        return into;
    }

    private static Properties properties(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = jar.open(name)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<String> importedPackages(String header) {
        return importClauses(header).stream().map(PluginJarIT::packageOf).toList();
    }

    private static String packageOf(String clause) {
        return clause.split(";")[0].trim();
    }

    /** Splits an OSGi header on the commas between clauses, not those inside quoted version ranges. */
    private static List<String> importClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().trim());
        return clauses;
    }
}
