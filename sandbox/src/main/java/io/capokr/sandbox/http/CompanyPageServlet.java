package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capokr.host.Access;
import io.capokr.okr.UserRef;
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.sandbox.plugin.PluginDescriptor.DownloadResource;
import io.capokr.sandbox.velocity.VelocityRenderer;
import io.capokr.sandbox.web.GeneralShell;
import io.capokr.sandbox.web.Html;
import io.capokr.sandbox.web.Link;
import io.capokr.web.CompanyPageContextFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The company page: what the plugin's servlet module does in Jira ({@code io.capokr.jira.CompanyPageServlet}), with
 * the sandbox's stand-ins. Served at {@value #PATH} and where Jira serves the module ({@code /plugins/servlet/capokr/okrs},
 * which the top-navigation web-item links to). Anonymous visitors go to the login page and come back; others get the
 * plugin's template rendered with the context of the plugin's own {@link CompanyPageContextFactory}, inside the
 * sandbox's general frame, with the page's web resources and AUI.
 */
final class CompanyPageServlet extends LoggedInPageServlet<CompanyPageServlet.Parts> {

    static final String PATH = "/okrs";
    /** The servlet module's key in the descriptor. */
    static final String MODULE = "company-page";
    /** What the plugin's servlet asks Jira for (io.capokr.jira.CompanyPageServlet.WEB_RESOURCES). */
    static final String WEB_RESOURCE = "company-page-resources";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CompanyPageServlet.class);

    record Parts(CompanyPageContextFactory pages, VelocityRenderer renderer, PluginDescriptor descriptor,
                 BundleMessages pluginTexts, GeneralShell shell, SampleTracker tracker, Access access,
                 RequestContext requests) implements PageParts {
    }

    CompanyPageServlet(Parts parts) {
        super(parts);
    }

    @Override
    void show(HttpServletRequest request, HttpServletResponse response, UserRef user) throws IOException {
        Map<String, Object> context = parts().pages().contextFor(
                QueryString.parameter(request, CompanyPageContextFactory.CYCLE_PARAMETER).orElse(null), "");
        String rendered;
        int status = HttpServletResponse.SC_OK;
        try {
            rendered = parts().renderer().render(CompanyPageContextFactory.TEMPLATE, context);
        } catch (RuntimeException e) {
            LOG.error("Rendering {} failed: {}", CompanyPageContextFactory.TEMPLATE, e.getMessage(), e);
            rendered = "<html><head><title>" + Html.escape(parts().shell().text("sandbox.product")) + "</title></head><body>"
                    + "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>"
                    + Html.escape(parts().shell().text("sandbox.page.renderFailed")) + "</p></div></body></html>";
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (DownloadResource resource : parts().descriptor().webResource(WEB_RESOURCE).resources()) {
            String url = WebResourceServlet.url(parts().descriptor(), WEB_RESOURCE, resource.name());
            (resource.name().endsWith(".css") ? stylesheets : scripts).add(url);
        }
        List<Link> navigation = new ArrayList<>(TopNavigation.links(parts().descriptor(), parts().pluginTexts(),
                parts().descriptor().servlet(MODULE).path()));
        navigation.addAll(projects(user));
        Pages.sendHtml(response, status, parts().shell().render(new GeneralShell.Page(rendered, parts().requests().locale(),
                user.displayName(), navigation, stylesheets, scripts,
                parts().pluginTexts().patterns(parts().requests().locale()), request.getRequestURI())));
    }

    /** The header's projects: those this user may browse, each opening on its OKR page. */
    private List<Link> projects(UserRef user) {
        return parts().tracker().projects().stream()
                .filter(project -> parts().tracker().hasPermission(user.key(), project.id(),
                        SampleTracker.ProjectPermission.BROWSE_PROJECTS))
                .map(project -> Link.of(project.name(), ProjectPageServlet.PATH + "/" + LocalPaths.segment(project.key()),
                        false))
                .toList();
    }
}
