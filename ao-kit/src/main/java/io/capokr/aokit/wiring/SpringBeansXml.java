package io.capokr.aokit.wiring;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The plugin's Spring XML, read as data: each {@code <osgi:reference>} (a host service) and each
 * {@code <bean>} with its constructor references in order. Only the subset the plugin uses is understood;
 * anything else fails loudly, so the sandbox never silently wires the app differently from Jira.
 */
public final class SpringBeansXml {

    public static final String LOCATION = "META-INF/spring/plugin-context.xml";

    /** {@code <osgi:reference id=... interface=.../>}: a service Jira provides. */
    public record ServiceReference(String id, String interfaceName) {
    }

    /** {@code <bean id=... class=...>} built through its constructor with {@code <constructor-arg ref=.../>}s. */
    public record BeanDefinition(String id, String className, List<String> constructorRefs,
                                 String initMethod, String destroyMethod) {
    }

    private static final Set<String> BEAN_ATTRIBUTES = Set.of("id", "class", "init-method", "destroy-method");

    /** The namespace of {@code osgi:reference} and of the root's {@code osgi:default-timeout}. */
    public static final String BLUEPRINT_NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final URL url;
    private final String defaultTimeout;
    private final List<ServiceReference> references = new ArrayList<>();
    private final List<BeanDefinition> beans = new ArrayList<>();

    private SpringBeansXml(URL url, Element root) {
        this.url = url;
        this.defaultTimeout = blankToNull(root.getAttributeNS(BLUEPRINT_NAMESPACE, "default-timeout"));
        Set<String> ids = new LinkedHashSet<>();
        for (Element element : Xml.children(root)) {
            String name = Xml.localName(element);
            String id = Xml.required(element, "id");
            if (!ids.add(id)) {
                throw unsupported("a second definition of id '" + id + "'");
            }
            switch (name) {
                case "reference" -> references.add(new ServiceReference(id, Xml.required(element, "interface")));
                case "bean" -> beans.add(bean(element));
                default -> throw unsupported("element <" + element.getTagName() + ">");
            }
        }
    }

    public static SpringBeansXml load(ClassLoader loader) {
        URL url = loader.getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException(LOCATION + " is not on the classpath: is the plugin jar a dependency?");
        }
        return parse(url);
    }

    public static SpringBeansXml parse(URL url) {
        return new SpringBeansXml(url, Xml.parse(url).getDocumentElement());
    }

    /**
     * How long, in milliseconds, the plugin waits for a host service when it is enabled ({@code
     * osgi:default-timeout} on the root), or empty when the XML leaves it to the framework's default.
     */
    public Optional<Long> defaultTimeoutMillis() {
        return Optional.ofNullable(defaultTimeout).map(Long::valueOf);
    }

    public List<ServiceReference> references() {
        return List.copyOf(references);
    }

    public List<BeanDefinition> beans() {
        return List.copyOf(beans);
    }

    private BeanDefinition bean(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.item(i).getNodeName();
            if (!BEAN_ATTRIBUTES.contains(attribute)) {
                throw unsupported("attribute '" + attribute + "' on bean " + element.getAttribute("id"));
            }
        }
        List<String> refs = new ArrayList<>();
        for (Element child : Xml.children(element)) {
            if (!"constructor-arg".equals(Xml.localName(child)) || child.getAttributes().getLength() != 1
                    || child.getAttribute("ref").isBlank()) {
                throw unsupported("<" + child.getTagName() + "> in bean " + element.getAttribute("id")
                        + " (only <constructor-arg ref=\"...\"/> is understood)");
            }
            refs.add(child.getAttribute("ref").trim());
        }
        return new BeanDefinition(Xml.required(element, "id"), Xml.required(element, "class"), List.copyOf(refs),
                blankToNull(element.getAttribute("init-method")), blankToNull(element.getAttribute("destroy-method")));
    }

    private IllegalStateException unsupported(String what) {
        return new IllegalStateException(url + ": the sandbox does not understand " + what
                + "; teach io.capokr.aokit.wiring.SpringBeansXml before using it");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
