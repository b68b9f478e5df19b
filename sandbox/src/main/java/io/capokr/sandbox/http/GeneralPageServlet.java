package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
import io.capokr.web.AdminPageContextFactory;
import io.capokr.web.CompanyPageContextFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A site-wide page of the plugin, served as the plugin's servlet modules are in Jira ({@code io.capokr.jira}'s
 * CompanyPageServlet and AdminPageServlet), with the sandbox's stand-ins: the company page and the administration
 * page. Anonymous visitors go to the login page and come back; others get the plugin's template rendered with the
 * context of the plugin's own factory, inside the sandbox's general frame, with the page's web resources and AUI.
 */
final class GeneralPageServlet extends LoggedInPageServlet<GeneralPageServlet.Parts> {

    /** The company page: {@value #COMPANY_PATH} and where Jira serves its module. */
    static final String COMPANY_PATH = "/okrs";
    static final String COMPANY_MODULE = "company-page";
    /** The administration page: where Jira serves its module, and {@value #ADMIN_PATH}. */
    static final String ADMIN_PATH = "/admin/capokr";
    static final String ADMIN_MODULE = "admin-page";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GeneralPageServlet.class);

    /**
     * One page: its servlet module's key, the web resource its Jira servlet requires, its template, and how its
     * context and status follow from the request.
     */
    record Page(String module, String webResource, String template, Function<HttpServletRequest, Rendering> rendering) {
    }

    /** A template's context, and the status the page answers with (a 403 page for a refused administration page). */
    record Rendering(Map<String, Object> context, int status) {
    }

    record Parts(VelocityRenderer renderer, PluginDescriptor descriptor, BundleMessages pluginTexts, GeneralShell shell,
                 SampleTracker tracker, Access access, RequestContext requests) implements PageParts {
    }

    /** The company page, with the plugin's {@link CompanyPageContextFactory}. */
    static Page company(CompanyPageContextFactory pages) {
        return new Page(COMPANY_MODULE, "company-page-resources", CompanyPageContextFactory.TEMPLATE, request ->
                new Rendering(pages.contextFor(
                        QueryString.parameter(request, CompanyPageContextFactory.CYCLE_PARAMETER).orElse(null), ""),
                        HttpServletResponse.SC_OK));
    }

    /** The administration page, with the plugin's {@link AdminPageContextFactory}: a 403 page for non-administrators. */
    static Page administration(AdminPageContextFactory pages, Access access) {
        return new Page(ADMIN_MODULE, "admin-page-resources", AdminPageContextFactory.TEMPLATE, request ->
                new Rendering(pages.contextFor(), access.currentUser().filter(access::isAdministrator).isPresent()
                        ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN));
    }

    private final transient Page page;

    GeneralPageServlet(Page page, Parts parts) {
        super(parts);
        this.page = page;
    }

    @Override
    void show(HttpServletRequest request, HttpServletResponse response, UserRef user) throws IOException {
        Parts parts = parts();
        Rendering rendering = page.rendering().apply(request);
        String rendered;
        int status = rendering.status();
        try {
            rendered = parts.renderer().render(page.template(), rendering.context());
        } catch (RuntimeException e) {
            LOG.error("Rendering {} failed: {}", page.template(), e.getMessage(), e);
            rendered = "<html><head><title>" + Html.escape(parts.shell().text("sandbox.product")) + "</title></head><body>"
                    + "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>"
                    + Html.escape(parts.shell().text("sandbox.page.renderFailed")) + "</p></div></body></html>";
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (DownloadResource resource : parts.descriptor().webResource(page.webResource()).resources()) {
            String url = WebResourceServlet.url(parts.descriptor(), page.webResource(), resource.name());
            (resource.name().endsWith(".css") ? stylesheets : scripts).add(url);
        }
        List<Link> navigation = new ArrayList<>(TopNavigation.links(parts.descriptor(), parts.pluginTexts(),
                parts.descriptor().servlet(page.module()).path(), parts.access().isAdministrator(user)));
        navigation.addAll(projects(user));
        Pages.sendHtml(response, status, parts.shell().render(new GeneralShell.Page(rendered, parts.requests().locale(),
                user.displayName(), navigation, stylesheets, scripts,
                parts.pluginTexts().patterns(parts.requests().locale()), request.getRequestURI())));
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
