package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.Optional;

import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.sandbox.plugin.PluginDescriptor.DownloadResource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jira's web-resource download URLs, {@code /download/resources/<plugin key>:<web-resource key>/<name>}:
 * serves exactly the files {@code atlassian-plugin.xml} lists, from the plugin jar.
 */
final class WebResourceServlet extends HttpServlet {

    static final String PATH = "/download/resources";

    private static final long serialVersionUID = 1L;

    private final transient PluginDescriptor descriptor;
    private final transient ClassLoader loader;

    WebResourceServlet(PluginDescriptor descriptor, ClassLoader loader) {
        this.descriptor = descriptor;
        this.loader = loader;
    }

    /** The URL of one file of one of the plugin's web resources. */
    static String url(PluginDescriptor descriptor, String webResourceKey, String name) {
        return PATH + "/" + descriptor.pluginKey() + ":" + webResourceKey + "/" + name;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DownloadResource> resource = find(request.getPathInfo());
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StaticFiles.send(response, loader, resource.get().location(), "no-cache");
    }

    private Optional<DownloadResource> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] parts = path.substring(1).split("/", 2);
        String prefix = descriptor.pluginKey() + ":";
        if (parts.length != 2 || !parts[0].startsWith(prefix)) {
            return Optional.empty();
        }
        return descriptor.findWebResource(parts[0].substring(prefix.length()))
                .flatMap(webResource -> webResource.resource(parts[1]));
    }
}
