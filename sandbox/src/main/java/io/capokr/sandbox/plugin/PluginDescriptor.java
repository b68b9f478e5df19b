package io.capokr.sandbox.plugin;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capokr.aokit.wiring.Xml;
import org.w3c.dom.Element;

/**
 * What the sandbox needs from {@code atlassian-plugin.xml}, the plugin's table of contents: its AO entities,
 * REST package, i18n bundle, web resources, web-items, web-panels and Velocity allowlist. Reading them from
 * the descriptor (rather than repeating them here) means the sandbox serves what Jira would be told to serve.
 */
public final class PluginDescriptor {

    public static final String LOCATION = "atlassian-plugin.xml";

    /** A file the browser downloads, named as in {@code <resource type="download" name=... location=...>}. */
    public record DownloadResource(String name, String location) {
    }

    public record WebResource(String key, List<DownloadResource> resources) {

        public Optional<DownloadResource> resource(String name) {
            return resources.stream().filter(resource -> resource.name().equals(name)).findFirst();
        }
    }

    /** A link in a web section; {@code linkId} and {@code iconClass} may be empty. */
    public record WebItem(String key, String section, String labelKey, String link, String linkId, String iconClass) {
    }

    /** A web-panel; {@code labelKey} is null when it declares no label (Jira then shows no heading for it). */
    public record WebPanel(String key, String location, String template, String labelKey) {
    }

    /** A servlet module: Jira serves it at {@code /plugins/servlet} followed by its url-pattern. */
    public record Servlet(String key, String urlPattern) {

        public String path() {
            return "/plugins/servlet" + urlPattern;
        }
    }

    public record RestModule(String path, String version, List<String> packages) {

        /** Where Jira mounts it: {@code /rest/<path>/<version>}. */
        public String mountPoint() {
            String trimmed = path.startsWith("/") ? path : "/" + path;
            return "/rest" + trimmed + "/" + version;
        }
    }

    private final URL url;
    private final String pluginKey;
    private final String aoNamespace;
    private final List<String> aoEntities;
    private final List<String> aoUpgradeTasks;
    private final String i18nBundle;
    private final RestModule rest;
    private final Map<String, WebResource> webResources;
    private final List<WebItem> webItems;
    private final List<WebPanel> webPanels;
    private final List<String> velocityAllowlist;
    private final List<Servlet> servlets;

    private PluginDescriptor(URL url, Element root) {
        this.url = url;
        this.pluginKey = Xml.required(root, "key");
        Element ao = single(root, "ao");
        this.aoNamespace = Xml.required(ao, "namespace");
        this.aoEntities = Xml.children(ao, "entity").stream().map(Xml::text).toList();
        this.aoUpgradeTasks = Xml.children(ao, "upgradeTask").stream().map(Xml::text).toList();
        this.i18nBundle = Xml.children(root, "resource").stream()
                .filter(resource -> "i18n".equals(resource.getAttribute("type")))
                .map(resource -> Xml.required(resource, "location"))
                .findFirst().orElseThrow(() -> new IllegalStateException(LOCATION + " declares no i18n resource"));
        Element restElement = single(root, "rest");
        this.rest = new RestModule(Xml.required(restElement, "path"), Xml.required(restElement, "version"),
                Xml.children(restElement, "package").stream().map(Xml::text).toList());
        this.webResources = new LinkedHashMap<>();
        for (Element webResource : Xml.children(root, "web-resource")) {
            List<DownloadResource> downloads = new ArrayList<>();
            for (Element resource : Xml.children(webResource, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.add(new DownloadResource(Xml.required(resource, "name"), Xml.required(resource, "location")));
                }
            }
            String key = Xml.required(webResource, "key");
            webResources.put(key, new WebResource(key, List.copyOf(downloads)));
        }
        this.webItems = Xml.children(root, "web-item").stream()
                .map(item -> new WebItem(Xml.required(item, "key"), Xml.required(item, "section"),
                        Xml.required(single(item, "label"), "key"), Xml.text(single(item, "link")),
                        single(item, "link").getAttribute("linkId"), param(item, "iconClass")))
                .toList();
        this.webPanels = Xml.children(root, "web-panel").stream()
                .map(panel -> new WebPanel(Xml.required(panel, "key"), Xml.required(panel, "location"),
                        Xml.children(panel, "resource").stream()
                                .filter(resource -> "velocity".equals(resource.getAttribute("type")))
                                .map(resource -> Xml.required(resource, "location"))
                                .findFirst().orElseThrow(() -> new IllegalStateException(
                                        "web-panel " + panel.getAttribute("key") + " has no velocity resource")),
                        Xml.children(panel, "label").stream().map(label -> Xml.required(label, "key")).findFirst().orElse(null)))
                .toList();
        this.servlets = Xml.children(root, "servlet").stream()
                .map(servlet -> new Servlet(Xml.required(servlet, "key"), Xml.text(single(servlet, "url-pattern"))))
                .toList();
        this.velocityAllowlist = Xml.children(root, "velocity-allowlist").stream()
                .flatMap(list -> Xml.children(list, "method").stream())
                .map(Xml::text)
                .toList();
    }

    /** The descriptor at the root of the plugin on {@code loader}'s classpath. */
    public static PluginDescriptor load(ClassLoader loader) {
        URL url = loader.getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException(LOCATION + " is not on the classpath: is the plugin jar a dependency?");
        }
        return new PluginDescriptor(url, Xml.parse(url).getDocumentElement());
    }

    /** Where the descriptor was read from: the root of the plugin, whose classes the sandbox scans. */
    public URL url() {
        return url;
    }

    public String pluginKey() {
        return pluginKey;
    }

    public String aoNamespace() {
        return aoNamespace;
    }

    public List<String> aoEntities() {
        return aoEntities;
    }

    /** The class names of the {@code <ao>} module's upgrade tasks, in descriptor order. */
    public List<String> aoUpgradeTasks() {
        return aoUpgradeTasks;
    }

    /** The i18n bundle as a ResourceBundle base name ({@code i18n.capokr}). */
    public String i18nBundle() {
        return i18nBundle;
    }

    public RestModule rest() {
        return rest;
    }

    public WebResource webResource(String key) {
        WebResource resource = webResources.get(key);
        if (resource == null) {
            throw new IllegalStateException(LOCATION + " declares no web-resource " + key);
        }
        return resource;
    }

    public Optional<WebResource> findWebResource(String key) {
        return Optional.ofNullable(webResources.get(key));
    }

    public List<WebItem> webItems(String section) {
        return webItems.stream().filter(item -> item.section().equals(section)).toList();
    }

    public boolean hasWebPanel(String location) {
        return webPanels.stream().anyMatch(panel -> panel.location().equals(location));
    }

    /** Every web-panel at this location, in the descriptor's order. */
    public List<WebPanel> webPanels(String location) {
        return webPanels.stream().filter(panel -> panel.location().equals(location)).toList();
    }

    public WebPanel webPanel(String location) {
        return webPanels.stream().filter(panel -> panel.location().equals(location)).findFirst()
                .orElseThrow(() -> new IllegalStateException(LOCATION + " declares no web-panel at " + location));
    }

    public Servlet servlet(String key) {
        return servlets.stream().filter(servlet -> servlet.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException(LOCATION + " declares no servlet " + key));
    }

    /** Entries such as {@code io.capokr.web.I18nView#get(java.lang.String)}. */
    public List<String> velocityAllowlist() {
        return velocityAllowlist;
    }

    private static String param(Element parent, String name) {
        return Xml.children(parent, "param").stream()
                .filter(param -> name.equals(param.getAttribute("name")))
                .map(param -> param.getAttribute("value"))
                .findFirst().orElse("");
    }

    private static Element single(Element parent, String name) {
        List<Element> found = Xml.children(parent, name);
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one <" + name + "> in <" + parent.getTagName() + ">, found " + found.size());
        }
        return found.get(0);
    }
}
