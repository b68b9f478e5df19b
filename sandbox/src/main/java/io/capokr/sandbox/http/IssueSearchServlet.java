package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.capokr.host.Access;
import io.capokr.okr.UserRef;
import io.capokr.rest.ErrorJson;
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.sandbox.rest.SampleSearch;
import io.capokr.sandbox.web.GeneralShell;
import io.capokr.sandbox.web.Html;
import io.capokr.sandbox.web.Layout;
import io.capokr.sandbox.web.Link;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /issues/?jql=...}: the sandbox's issue navigator, where Jira has its own. A JQL box (a GET form, so that a
 * search is a link to share), the issues found that the user may see (key, summary, status), how many, or Jira's
 * empty state; a query the sample search refuses is shown as Jira shows a JQL error, above an empty result, never as
 * "no issues". Without {@code jql} it lists every issue the user may see ({@code ?project=MKT}: of one project). The
 * search itself is {@link SampleSearch}, the one the sandbox's REST search answers with. Rendered on the server, every
 * text escaped; no script.
 */
final class IssueSearchServlet extends LoggedInPageServlet<IssueSearchServlet.Parts> {

    static final String PATH = Layout.ISSUE_SEARCH;

    private static final long serialVersionUID = 1L;

    /** The search, and what the general frame needs (the top navigation, the texts, the language). */
    record Parts(SampleSearch search, GeneralShell shell, PluginDescriptor descriptor, BundleMessages pluginTexts,
                 Access access, RequestContext requests) implements PageParts {
    }

    IssueSearchServlet(Parts parts) {
        super(parts);
    }

    @Override
    void show(HttpServletRequest request, HttpServletResponse response, UserRef user) throws IOException {
        String jql = QueryString.parameter(request, "jql").map(String::trim).orElse("");
        String project = QueryString.parameter(request, "project").map(String::trim).orElse("");
        SampleSearch.Result result = parts().search().search(user.key(), project, jql);

        StringBuilder html = new StringBuilder(8192);
        html.append("<html><head><title>").append(Html.escape(text("sandbox.page.title", text("sandbox.search.title"))))
                .append("</title></head><body>")
                .append("<div class=\"aui-page-panel sandbox-search\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content\">")
                .append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">")
                .append("<h1>").append(Html.escape(text("sandbox.search.title"))).append("</h1></div></div></header>");
        form(html, jql, project);
        if (result.isRefused()) {
            error(html, result.error());
        } else {
            results(html, result.issues(), project);
        }
        html.append("</section></div></div></body></html>");

        Locale locale = parts().requests().locale();
        List<Link> navigation = new ArrayList<>(TopNavigation.links(parts().descriptor(), parts().pluginTexts(), null,
                parts().access().isAdministrator(user)));
        Pages.sendHtml(response, HttpServletResponse.SC_OK, parts().shell().render(new GeneralShell.Page(html.toString(),
                locale, user.displayName(), navigation, List.of(), List.of(), parts().pluginTexts().patterns(locale),
                searchPath(jql, project))));
    }

    private void form(StringBuilder html, String jql, String project) {
        html.append("<form class=\"aui sandbox-search-form\" id=\"sandbox-search-form\" method=\"get\" action=\"")
                .append(Html.escape(PATH)).append("\" role=\"search\">");
        if (!project.isEmpty()) {
            html.append("<input type=\"hidden\" name=\"project\" value=\"").append(Html.escape(project)).append("\">");
        }
        html.append("<label for=\"sandbox-search-jql\">").append(Html.escape(text("sandbox.search.jql"))).append("</label>")
                .append("<div class=\"sandbox-search-bar\">")
                .append("<input class=\"text sandbox-search-jql\" type=\"text\" id=\"sandbox-search-jql\" name=\"jql\" value=\"")
                .append(Html.escape(jql)).append("\" spellcheck=\"false\" autocomplete=\"off\" aria-describedby=\"sandbox-search-hint\">")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary\" id=\"sandbox-search-submit\">")
                .append(Html.escape(text("sandbox.search.submit"))).append("</button></div>")
                .append("<div class=\"description\" id=\"sandbox-search-hint\">").append(Html.escape(text("sandbox.search.hint")))
                .append("</div></form>");
    }

    /** Jira's JQL error: an AUI error message with the query's problems, in place of the results. */
    private static void error(StringBuilder html, ErrorJson error) {
        html.append("<div class=\"aui-message aui-message-error sandbox-search-error\" id=\"sandbox-search-error\" role=\"alert\">");
        error.errorMessages().forEach(message -> html.append("<p>").append(Html.escape(message)).append("</p>"));
        error.errors().values().forEach(message -> html.append("<p>").append(Html.escape(message)).append("</p>"));
        html.append("</div>");
    }

    private void results(StringBuilder html, List<SampleTracker.Issue> issues, String project) {
        if (issues.isEmpty()) {
            html.append("<div class=\"sandbox-search-empty\" id=\"sandbox-search-empty\"><h2>")
                    .append(Html.escape(text("sandbox.search.empty"))).append("</h2><p>")
                    .append(Html.escape(text("sandbox.search.emptyHint"))).append("</p></div>");
            return;
        }
        html.append("<p class=\"sandbox-search-count\" id=\"sandbox-search-count\">")
                .append(Html.escape(project.isEmpty() ? text("sandbox.search.count", issues.size())
                        : text("sandbox.search.countInProject", issues.size(), project.toUpperCase(Locale.ROOT))))
                .append("</p><table class=\"aui sandbox-search-results\" id=\"sandbox-search-results\"><thead><tr>")
                .append("<th class=\"sandbox-search-key\">").append(Html.escape(text("sandbox.search.key"))).append("</th>")
                .append("<th>").append(Html.escape(text("sandbox.search.summary"))).append("</th>")
                .append("<th class=\"sandbox-search-status\">").append(Html.escape(text("sandbox.issue.status"))).append("</th>")
                .append("</tr></thead><tbody>");
        for (SampleTracker.Issue issue : issues) {
            html.append("<tr data-issue-key=\"").append(Html.escape(issue.key())).append("\">")
                    .append("<td class=\"sandbox-search-key\"><a class=\"issue-link\" href=\"")
                    .append(Html.escape(IssuePageServlet.url(issue.key()))).append("\">").append(Html.escape(issue.key()))
                    .append("</a></td><td class=\"sandbox-search-summary\">").append(Html.escape(issue.summary())).append("</td>")
                    .append("<td class=\"sandbox-search-status\"><span class=\"aui-lozenge aui-lozenge-subtle ")
                    .append(IssuePageServlet.lozenge(issue.status().category())).append("\">")
                    .append(Html.escape(issue.status().name())).append("</span></td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** This search's own address, which the language switch reloads (it adds {@code lang}). */
    private static String searchPath(String jql, String project) {
        List<String> query = new ArrayList<>();
        if (!jql.isEmpty()) {
            query.add("jql=" + LocalPaths.query(jql));
        }
        if (!project.isEmpty()) {
            query.add("project=" + LocalPaths.query(project));
        }
        return query.isEmpty() ? PATH : PATH + "?" + String.join("&", query);
    }

    private String text(String key, Object... arguments) {
        return parts().shell().text(key, arguments);
    }
}
