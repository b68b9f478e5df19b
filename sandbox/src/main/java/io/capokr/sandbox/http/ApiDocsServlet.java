package io.capokr.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.capokr.host.Access;
import io.capokr.okr.UserRef;
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.sandbox.web.GeneralShell;
import io.capokr.sandbox.web.Html;
import io.capokr.sandbox.web.Layout;
import io.capokr.sandbox.web.Link;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /rest-docs}: Swagger UI on the app's OpenAPI document ({@code /rest/capokr/1.0/openapi.json}), for developers
 * trying the API against the sandbox as the logged-in sample user. Sandbox only: the plugin serves the document,
 * never a viewer. Swagger UI's files come from its WebJar, under {@link #UI}.
 */
final class ApiDocsServlet extends LoggedInPageServlet<ApiDocsServlet.Parts> {

    static final String PATH = "/rest-docs";
    static final String UI = PATH + "/ui";
    static final String SCRIPT = Layout.STATIC + "/rest-docs.js";

    private static final long serialVersionUID = 1L;

    /** What the general frame needs (the top navigation, the texts, the language) and where the document is. */
    record Parts(String documentPath, GeneralShell shell, PluginDescriptor descriptor, BundleMessages pluginTexts,
                 Access access, RequestContext requests) implements PageParts {
    }

    ApiDocsServlet(Parts parts) {
        super(parts);
    }

    /** The classpath folder of Swagger UI's files in its WebJar, whichever version the build put there. */
    static String swaggerUiFolder(ClassLoader loader) {
        String properties = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (InputStream in = loader.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI's WebJar is not on the classpath");
            }
            Properties read = new Properties();
            read.load(in);
            return "META-INF/resources/webjars/swagger-ui/" + read.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void show(HttpServletRequest request, HttpServletResponse response, UserRef user) throws IOException {
        String title = parts().shell().text("sandbox.apidocs.title");
        String html = "<html><head><title>" + Html.escape(parts().shell().text("sandbox.page.title", title))
                + "</title></head><body><div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\"><h1 class=\"assistive\">" + Html.escape(title) + "</h1>"
                + "<div id=\"capokr-rest-docs\" data-document=\"" + Html.escape(parts().documentPath()) + "\"></div>"
                + "</section></div></div></body></html>";
        List<Link> navigation = new ArrayList<>(TopNavigation.links(parts().descriptor(), parts().pluginTexts(), null,
                parts().access().isAdministrator(user)));
        Pages.sendHtml(response, HttpServletResponse.SC_OK, parts().shell().render(new GeneralShell.Page(html,
                parts().requests().locale(), user.displayName(), navigation, List.of(UI + "/swagger-ui.css"),
                List.of(UI + "/swagger-ui-bundle.js", SCRIPT), parts().pluginTexts().patterns(parts().requests().locale()),
                PATH)));
    }
}
