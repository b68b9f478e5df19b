package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import io.capokr.web.IssuePanelContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /browse/<KEY>}: a minimal Jira issue view of a sample issue (key, summary, status, details), whose right
 * column renders the plugin's web-panels at Jira's {@value #RIGHT_COLUMN} location as the descriptor declares them:
 * the label as the module's heading, the Velocity template with the context the plugin's provider gives it
 * ({@link IssuePanelContext}), and the web resources it asks for. Anonymous visitors log in first (the panel's
 * condition shows it to logged-in users only); an issue the user cannot see is a 404 worded as an unknown one.
 */
final class IssuePageServlet extends LoggedInPageServlet<IssuePageServlet.Parts> {

    static final String PATH = "/browse";
    /** Where Jira's issue view lists right-column panels. */
    static final String RIGHT_COLUMN = "atl.jira.view.issue.right.context";
    /** What the plugin's context provider asks Jira for (IssuePanelContextProvider.WEB_RESOURCES). */
    static final String WEB_RESOURCE = "issue-panel-resources";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IssuePageServlet.class);

    record Parts(VelocityRenderer renderer, PluginDescriptor descriptor, BundleMessages pluginTexts, GeneralShell shell,
                 SampleTracker tracker, Access access, RequestContext requests) implements PageParts {
    }

    IssuePageServlet(Parts parts) {
        super(parts);
    }

    /** The issue page's address, for the pages that name issues. */
    static String url(String issueKey) {
        return PATH + "/" + LocalPaths.segment(issueKey);
    }

    @Override
    void show(HttpServletRequest request, HttpServletResponse response, UserRef user) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1).toUpperCase(Locale.ROOT);
        Optional<SampleTracker.Issue> issue = parts().tracker().issue(key)
                .filter(found -> parts().tracker().canSee(user.key(), found));
        Locale locale = parts().requests().locale();
        String body;
        int status = HttpServletResponse.SC_OK;
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        if (issue.isEmpty()) {
            status = HttpServletResponse.SC_NOT_FOUND;
            body = "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">"
                    + "<div class=\"aui-message aui-message-warning\" role=\"alert\" id=\"sandbox-issue-not-found\"><p>"
                    + Html.escape(parts().shell().text("sandbox.issues.notFound")) + "</p></div></section></div></div>";
        } else {
            body = issueView(issue.get());
            for (DownloadResource resource : parts().descriptor().webResource(WEB_RESOURCE).resources()) {
                String url = WebResourceServlet.url(parts().descriptor(), WEB_RESOURCE, resource.name());
                (resource.name().endsWith(".css") ? stylesheets : scripts).add(url);
            }
        }
        String title = issue.map(found -> "[" + found.key() + "] " + found.summary()).orElse(parts().shell().text("sandbox.product"));
        String page = "<html><head><title>" + Html.escape(title) + "</title></head><body>" + body + "</body></html>";
        List<Link> navigation = new ArrayList<>(TopNavigation.links(parts().descriptor(), parts().pluginTexts(), null,
                parts().access().isAdministrator(user)));
        Pages.sendHtml(response, status, parts().shell().render(new GeneralShell.Page(page, locale, user.displayName(),
                navigation, stylesheets, scripts, parts().pluginTexts().patterns(locale), request.getRequestURI())));
    }

    private String issueView(SampleTracker.Issue issue) {
        String project = parts().tracker().project(issue.projectId()).map(SampleTracker.Project::name).orElse("");
        StringBuilder html = new StringBuilder(4096);
        html.append("<div class=\"aui-page-panel sandbox-issue\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content\">")
                .append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">")
                .append("<ol class=\"aui-nav aui-nav-breadcrumbs\"><li><a href=\"")
                .append(Html.escape(ProjectPageServlet.PATH + "/" + LocalPaths.segment(parts().tracker().project(issue.projectId())
                        .map(SampleTracker.Project::key).orElse(""))))
                .append("\">").append(Html.escape(project)).append("</a></li><li><a id=\"sandbox-issue-key\" href=\"")
                .append(Html.escape(url(issue.key()))).append("\">").append(Html.escape(issue.key())).append("</a></li></ol>")
                .append("<h1 id=\"sandbox-issue-summary\">").append(Html.escape(issue.summary())).append("</h1>")
                .append("</div></div></header>")
                .append("<div class=\"sandbox-issue-columns\"><div class=\"sandbox-issue-main\">")
                .append("<h2>").append(Html.escape(parts().shell().text("sandbox.issue.details"))).append("</h2>")
                .append("<dl class=\"sandbox-issue-details\">");
        detail(html, "sandbox.issue.status", "<span id=\"sandbox-issue-status\" class=\"aui-lozenge aui-lozenge-subtle "
                + lozenge(issue.status().category()) + "\">" + Html.escape(issue.status().name()) + "</span>");
        detail(html, "sandbox.issue.storyPoints", Html.escape(issue.storyPoints() == null
                ? parts().shell().text("sandbox.issue.none") : String.valueOf(issue.storyPoints())));
        detail(html, "sandbox.issue.security", Html.escape(issue.security() == null
                ? parts().shell().text("sandbox.issue.none") : issue.security().name()));
        html.append("</dl></div><aside class=\"sandbox-issue-side\" id=\"viewissuesidebar\">");
        for (PluginDescriptor.WebPanel panel : parts().descriptor().webPanels(RIGHT_COLUMN)) {
            html.append("<div class=\"module sandbox-issue-module\" id=\"").append(Html.escape(panel.key())).append("\">");
            if (panel.labelKey() != null) {
                html.append("<h2 class=\"sandbox-issue-module-heading\">")
                        .append(Html.escape(parts().pluginTexts().text(panel.labelKey()))).append("</h2>");
            }
            html.append(render(panel, issue.key())).append("</div>");
        }
        return html.append("</aside></div></section></div></div>").toString();
    }

    private String render(PluginDescriptor.WebPanel panel, String issueKey) {
        try {
            return parts().renderer().render(panel.template(), IssuePanelContext.of(issueKey));
        } catch (RuntimeException e) {
            LOG.error("Rendering {} for issue {} failed: {}", panel.template(), issueKey, e.getMessage(), e);
            return "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>"
                    + Html.escape(parts().shell().text("sandbox.page.renderFailed")) + "</p></div>";
        }
    }

    private void detail(StringBuilder html, String labelKey, String valueHtml) {
        html.append("<dt>").append(Html.escape(parts().shell().text(labelKey))).append("</dt><dd>").append(valueHtml).append("</dd>");
    }

    /** AUI's lozenge for a status category, as Jira colours statuses: grey to do, blue in progress, green done. */
    static String lozenge(SampleTracker.StatusCategory category) {
        return switch (category.toOkr()) {
            case DONE -> "aui-lozenge-success";
            case IN_PROGRESS -> "aui-lozenge-current";
            case TO_DO -> "aui-lozenge-default";
        };
    }
}
