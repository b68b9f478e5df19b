package io.capokr.sandbox.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.capokr.host.Messages;

/**
 * The frame every sandbox page shares, in AUI markup: the head with AUI's styles, the application header
 * (product name, projects, the logged-in user, language switch, logout), and the scripts at the end of the
 * body. Every text comes from the sandbox bundle and every dynamic value is escaped here.
 */
public final class Layout {

    /** Where the sandbox serves its static files, AUI and jQuery among them. */
    public static final String STATIC = "/sandbox-static";
    public static final String AUI_CSS = STATIC + "/aui/aui-prototyping.css";
    public static final String AUI_JS = STATIC + "/aui/aui-prototyping.js";
    public static final String JQUERY_JS = STATIC + "/jquery/jquery.min.js";
    public static final String SANDBOX_CSS = STATIC + "/sandbox.css";
    public static final String SANDBOX_I18N_JS = STATIC + "/sandbox-i18n.js";
    /** The sandbox's issue navigator, where Jira has its own, linked from the header as Jira's "Issues" menu. */
    public static final String ISSUE_SEARCH = "/issues/";
    /** The element sandbox-i18n.js reads AUI's i18n keys from. */
    public static final String I18N_ELEMENT_ID = "capokr-sandbox-i18n";

    /** The languages offered in the switch, each named in itself. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final Messages texts;

    public Layout(Messages texts) {
        this.texts = texts;
    }

    public String text(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    void open(StringBuilder html, String title, Locale locale, List<String> stylesheets, String bodyClass) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(locale.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n");
        stylesheet(html, AUI_CSS);
        stylesheet(html, SANDBOX_CSS);
        stylesheets.forEach(href -> stylesheet(html, href));
        html.append("</head>\n<body class=\"").append(Html.escape(bodyClass)).append("\">\n<div id=\"page\">\n");
    }

    /**
     * @param userName     display name of the logged-in user, or null on the login page
     * @param projects     the top navigation's items, then the projects to jump to (empty on the login page)
     * @param languagePath the page the language links reload, with its query if it has one
     */
    void header(StringBuilder html, String userName, List<Link> projects, String languagePath, Locale locale) {
        html.append("<header id=\"header\" role=\"banner\">\n<nav class=\"aui-header\" aria-label=\"")
                .append(Html.escape(text("sandbox.header.label"))).append("\">\n<div class=\"aui-header-inner\">\n")
                .append("<div class=\"aui-header-primary\">\n")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"/\">")
                .append("<span class=\"aui-header-logo-device\">").append(Html.escape(text("sandbox.product")))
                .append("</span></a></span>\n");
        if (userName != null) {
            // Jira's "Issues" menu ("Search for issues") comes before the apps' items; its link id is Jira's.
            List<Link> items = new ArrayList<>();
            items.add(new Link(text("sandbox.nav.issues"), ISSUE_SEARCH, languagePath.startsWith(ISSUE_SEARCH), "find_link", ""));
            items.addAll(projects);
            projects = items;
        }
        if (!projects.isEmpty()) {
            html.append("<ul class=\"aui-nav\">\n");
            for (Link project : projects) {
                html.append("<li").append(project.current() ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                        .append(Html.escape(project.url())).append('"');
                if (!project.id().isEmpty()) {
                    html.append(" id=\"").append(Html.escape(project.id())).append('"');
                }
                if (project.current()) {
                    html.append(" aria-current=\"page\"");
                }
                html.append('>').append(Html.escape(project.label())).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</div>\n<div class=\"aui-header-secondary\">\n<ul class=\"aui-nav\">\n");
        if (userName != null) {
            html.append("<li><span id=\"capokr-sandbox-user\" class=\"capokr-sandbox-user\">")
                    .append(Html.escape(text("sandbox.header.loggedInAs", userName))).append("</span></li>\n");
        }
        // The page is in the current language already; the switch offers the others, each named in itself.
        for (Locale language : LANGUAGES) {
            if (!language.getLanguage().equals(locale.getLanguage())) {
                html.append("<li><a class=\"capokr-sandbox-language\" lang=\"").append(language.getLanguage())
                        .append("\" hreflang=\"").append(language.getLanguage()).append("\" title=\"")
                        .append(Html.escape(text("sandbox.header.language"))).append("\" href=\"")
                        .append(Html.escape(languagePath + (languagePath.contains("?") ? "&" : "?") + "lang=" + language.getLanguage())).append("\">")
                        .append(Html.escape(text("sandbox.language." + language.getLanguage()))).append("</a></li>\n");
            }
        }
        if (userName != null) {
            html.append("<li><a id=\"capokr-sandbox-logout\" href=\"/logout\">")
                    .append(Html.escape(text("sandbox.header.logout"))).append("</a></li>\n");
        }
        html.append("</ul>\n</div>\n</div>\n</nav>\n</header>\n");
    }

    /**
     * Ends the page. AUI's i18n keys travel as JSON data, never as script text; jQuery loads before AUI,
     * which needs it, and the page's own scripts load last, when AJS and its keys are ready.
     */
    void close(StringBuilder html, List<String> scripts, Map<String, String> i18nKeys) {
        html.append("</div>\n");
        if (!scripts.isEmpty()) {
            html.append("<script type=\"application/json\" id=\"").append(I18N_ELEMENT_ID).append("\">")
                    .append(ScriptJson.encode(i18nKeys)).append("</script>\n");
            script(html, JQUERY_JS);
            script(html, AUI_JS);
            script(html, SANDBOX_I18N_JS);
            scripts.forEach(src -> script(html, src));
        }
        html.append("</body>\n</html>\n");
    }

    private static void stylesheet(StringBuilder html, String href) {
        html.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(href)).append("\">\n");
    }

    private static void script(StringBuilder html, String src) {
        html.append("<script src=\"").append(Html.escape(src)).append("\"></script>\n");
    }
}
