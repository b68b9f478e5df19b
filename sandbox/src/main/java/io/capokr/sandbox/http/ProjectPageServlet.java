package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.capokr.host.Access;
import io.capokr.okr.UserRef;
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.sandbox.plugin.PluginDescriptor.DownloadResource;
import io.capokr.sandbox.plugin.PluginDescriptor.WebItem;
import io.capokr.sandbox.velocity.VelocityRenderer;
import io.capokr.sandbox.web.Html;
import io.capokr.sandbox.web.Link;
import io.capokr.sandbox.web.ProjectShell;
import io.capokr.web.ProjectPageContextFactory;
import io.capokr.web.ProjectPageView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /projects/<KEY>}: what Jira does for a project-sidebar page. The plugin's web-panel template is
 * rendered with the context from the plugin's own {@link ProjectPageContextFactory}, inside a project
 * layout whose sidebar holds the plugin's web-items, with the panel's web resources and AUI.
 */
final class ProjectPageServlet extends HttpServlet {

    static final String PATH = "/projects";
    /** Where Jira lists a project's sidebar pages. */
    static final String SIDEBAR_SECTION = "jira.project.sidebar.plugins.navigation";
    /** What the plugin's context provider asks Jira for (ProjectPageContextProvider.WEB_RESOURCES). */
    static final String WEB_RESOURCE = "project-page-resources";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ProjectPageServlet.class);

    /** What the servlet works with: the plugin's page factory and descriptor, and the sandbox's stand-ins. */
    record Parts(ProjectPageContextFactory pages, VelocityRenderer renderer, PluginDescriptor descriptor,
                 BundleMessages pluginTexts, ProjectShell shell, SampleTracker tracker, Access access,
                 RequestContext requests) {
    }

    private final transient Parts parts;

    ProjectPageServlet(Parts parts) {
        this.parts = parts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String projectKey = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (projectKey.isEmpty() || projectKey.contains("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<UserRef> user = Pages.userOrLogin(parts.access(), request, response);
        if (user.isEmpty()) {
            return;
        }
        List<WebItem> sidebarItems = parts.descriptor().webItems(SIDEBAR_SECTION);
        PluginDescriptor.WebPanel panel = parts.descriptor().webPanel(selectedItem(request, sidebarItems));

        Map<String, Object> context = parts.pages().contextFor(projectKey,
                QueryString.parameter(request, ProjectPageContextFactory.CYCLE_PARAMETER).orElse(null));
        ProjectPageView view = (ProjectPageView) context.get(ProjectPageContextFactory.PAGE);
        String panelHtml;
        int status;
        try {
            panelHtml = parts.renderer().render(panel.template(), context);
            status = statusOf(view);
        } catch (RuntimeException e) {
            LOG.error("Rendering {} for project {} failed: {}", panel.template(), projectKey, e.getMessage(), e);
            panelHtml = "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>"
                    + Html.escape(parts.shell().text("sandbox.page.renderFailed")) + "</p></div>";
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        Pages.sendHtml(response, status,
                parts.shell().render(page(request, user.get(), view, sidebarItems, panel.location(), panelHtml)));
    }

    /**
     * A project the user cannot browse answers as an unknown one does, 404, as Jira does, so that
     * nobody learns which keys exist. The panel says why either way.
     */
    private static int statusOf(ProjectPageView view) {
        return view.isAvailable() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND;
    }

    private ProjectShell.Page page(HttpServletRequest request, UserRef user, ProjectPageView view,
                                   List<WebItem> sidebarItems, String panelLocation, String panelHtml) {
        Locale locale = parts.requests().locale();
        String projectKey = view.getProjectKey();
        List<Link> sidebar = new ArrayList<>();
        for (WebItem item : sidebarItems) {
            sidebar.add(new Link(parts.pluginTexts().text(item.labelKey()), link(item, projectKey),
                    panelLocation.equals(opens(item)), item.linkId(), item.iconClass()));
        }
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (DownloadResource resource : parts.descriptor().webResource(WEB_RESOURCE).resources()) {
            String url = WebResourceServlet.url(parts.descriptor(), WEB_RESOURCE, resource.name());
            (resource.name().endsWith(".css") ? stylesheets : scripts).add(url);
        }
        String title = view.isAvailable()
                ? parts.shell().text("sandbox.page.title", view.getProjectName())
                : parts.shell().text("sandbox.product");
        List<Link> navigation = new ArrayList<>(TopNavigation.links(parts.descriptor(), parts.pluginTexts(), null,
                parts.access().isAdministrator(user)));
        navigation.addAll(browsableProjects(user, projectKey, sidebarItems));
        return new ProjectShell.Page(title, locale, user.displayName(), navigation,
                view.isAvailable() ? view.getProjectName() : null, sidebar, panelHtml, stylesheets, scripts,
                parts.pluginTexts().patterns(locale), request.getRequestURI());
    }

    /** The header's project list: the projects this user may browse, each opening on the plugin's page. */
    private List<Link> browsableProjects(UserRef user, String currentKey, List<WebItem> sidebarItems) {
        return parts.tracker().projects().stream()
                .filter(project -> parts.tracker().hasPermission(user.key(), project.id(),
                        SampleTracker.ProjectPermission.BROWSE_PROJECTS))
                .map(project -> Link.of(project.name(),
                        sidebarItems.isEmpty() ? PATH + "/" + LocalPaths.segment(project.key())
                                : link(sidebarItems.get(0), project.key()),
                        project.key().equals(currentKey)))
                .toList();
    }

    /** The web-item's link for a project, with Jira's {@code $pathEncodedProjectKey} filled in. */
    private static String link(WebItem item, String projectKey) {
        return item.link().replace("$pathEncodedProjectKey", LocalPaths.segment(projectKey));
    }

    /** The web-panel location a sidebar web-item opens: its link's {@code selectedItem}, or "" if it has none. */
    private static String opens(WebItem item) {
        String link = item.link();
        int at = link.indexOf("selectedItem=");
        if (at < 0) {
            return "";
        }
        String value = link.substring(at + "selectedItem=".length());
        int end = value.indexOf('&');
        return end < 0 ? value : value.substring(0, end);
    }

    /**
     * The web-panel to show: the one {@code ?selectedItem=} names, else the one the first sidebar item opens,
     * so {@code /projects/MKT} works as the page with the sidebar turned off.
     */
    private String selectedItem(HttpServletRequest request, List<WebItem> sidebarItems) {
        Optional<String> asked = QueryString.parameter(request, "selectedItem");
        if (asked.isPresent() && parts.descriptor().hasWebPanel(asked.get())) {
            return asked.get();
        }
        return sidebarItems.stream()
                .map(ProjectPageServlet::opens)
                .filter(location -> parts.descriptor().hasWebPanel(location))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No sidebar web-item of the plugin opens a web-panel"));
    }
}
