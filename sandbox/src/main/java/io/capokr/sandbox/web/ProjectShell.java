package io.capokr.sandbox.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project page in the shape of Jira's project layout: the header, a sidebar with the project's name and
 * its navigation (where the plugin's web-item appears), and the content area holding the rendered web-panel.
 */
public final class ProjectShell {

    /**
     * What one project page shows.
     *
     * @param projectName  shown atop the sidebar; null when there is no project to show (the sidebar is left out)
     * @param panelHtml    the rendered web-panel, already escaped by the template engine
     * @param stylesheets  the page's web-resource CSS after AUI's
     * @param scripts      the page's web-resource JS after AUI's
     * @param i18nKeys     AUI's {@code AJS.I18n.keys} for the page's scripts
     */
    public record Page(String title, Locale locale, String userName, List<Link> projects, String projectName,
                       List<Link> sidebar, String panelHtml, List<String> stylesheets, List<String> scripts,
                       Map<String, String> i18nKeys, String path) {
    }

    private final Layout layout;

    public ProjectShell(Layout layout) {
        this.layout = layout;
    }

    public String text(String key, Object... arguments) {
        return layout.text(key, arguments);
    }

    public String render(Page page) {
        StringBuilder html = new StringBuilder(8192);
        layout.open(html, page.title(), page.locale(), page.stylesheets(), "aui-layout aui-theme-default");
        layout.header(html, page.userName(), page.projects(), page.path(), page.locale());
        html.append("<section id=\"content\" role=\"main\">\n<div class=\"aui-page-panel\">\n<div class=\"aui-page-panel-inner\">\n");
        if (page.projectName() != null) {
            sidebar(html, page.projectName(), page.sidebar());
        }
        html.append("<section class=\"aui-page-panel-content\">\n").append(page.panelHtml())
                .append("\n</section>\n</div>\n</div>\n</section>\n");
        layout.close(html, page.scripts(), page.i18nKeys());
        return html.toString();
    }

    private void sidebar(StringBuilder html, String projectName, List<Link> items) {
        html.append("<div class=\"aui-page-panel-nav capokr-sandbox-sidebar\">\n")
                .append("<h2 class=\"capokr-sandbox-project-name\">").append(Html.escape(projectName)).append("</h2>\n")
                .append("<nav class=\"aui-navgroup aui-navgroup-vertical\" aria-label=\"")
                .append(Html.escape(layout.text("sandbox.sidebar.label"))).append("\">\n")
                .append("<div class=\"aui-navgroup-inner\">\n<ul class=\"aui-nav\">\n");
        for (Link item : items) {
            html.append("<li").append(item.current() ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                    .append(Html.escape(item.url())).append('"');
            if (!item.id().isEmpty()) {
                html.append(" id=\"").append(Html.escape(item.id())).append('"');
            }
            if (item.current()) {
                html.append(" aria-current=\"page\"");
            }
            html.append('>');
            if (!item.iconClass().isEmpty()) {
                // Jira's sidebar shows large icons; the sandbox's narrower navigation uses AUI's small size.
                html.append("<span class=\"aui-icon aui-icon-small ")
                        .append(Html.escape(item.iconClass().replace("aui-icon-large", "").trim()))
                        .append("\" aria-hidden=\"true\"></span> ");
            }
            html.append("<span class=\"aui-nav-item-label\">").append(Html.escape(item.label())).append("</span></a></li>\n");
        }
        html.append("</ul>\n</div>\n</nav>\n</div>\n");
    }
}
