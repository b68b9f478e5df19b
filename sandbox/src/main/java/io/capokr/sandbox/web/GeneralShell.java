package io.capokr.sandbox.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's general decorator ({@code atl.general}) does for a plugin servlet's page: the template renders a whole
 * HTML page; its title and body are taken into the site's frame (header with the top navigation, AUI, the page's web
 * resources). No sidebar: it is a site-wide page, not a project's.
 */
public final class GeneralShell {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    /**
     * @param renderedHtml the whole page the template rendered (escaped by the template engine)
     * @param navigation   the header's links: top-navigation items, then the projects
     */
    public record Page(String renderedHtml, Locale locale, String userName, List<Link> navigation,
                       List<String> stylesheets, List<String> scripts, Map<String, String> i18nKeys, String path) {
    }

    private final Layout layout;

    public GeneralShell(Layout layout) {
        this.layout = layout;
    }

    public String text(String key, Object... arguments) {
        return layout.text(key, arguments);
    }

    public String render(Page page) {
        StringBuilder html = new StringBuilder(8192);
        layout.open(html, title(page.renderedHtml()), page.locale(), page.stylesheets(), "aui-layout aui-theme-default");
        layout.header(html, page.userName(), page.navigation(), page.path(), page.locale());
        html.append("<section id=\"content\" role=\"main\">\n").append(body(page.renderedHtml())).append("\n</section>\n");
        layout.close(html, page.scripts(), page.i18nKeys());
        return html.toString();
    }

    /** The decorated page's title as text (the layout escapes it again). */
    static String title(String renderedHtml) {
        Matcher matcher = TITLE.matcher(renderedHtml);
        if (!matcher.find()) {
            return "";
        }
        return matcher.group(1).trim().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** What the decorator puts in the page: the body's content, or the whole text if it has no body. */
    static String body(String renderedHtml) {
        Matcher matcher = BODY.matcher(renderedHtml);
        return matcher.find() ? matcher.group(1) : renderedHtml;
    }
}
