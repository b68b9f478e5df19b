package io.capokr.sandbox.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sandbox's stand-in for Jira's login: pick one of the sample users; there are no passwords. */
public final class LoginPage {

    /** A sample user to offer; {@code roleKey} is the sandbox i18n key that says what the user may do. */
    public record Choice(String username, String displayName, String roleKey) {
    }

    public static final String PATH = "/login";

    private final Layout layout;

    public LoginPage(Layout layout) {
        this.layout = layout;
    }

    /**
     * @param next  where to go after logging in (already checked to be a local path)
     * @param error a message to show above the form, or null
     */
    public String render(Locale locale, List<Choice> users, String next, String error) {
        StringBuilder html = new StringBuilder(4096);
        layout.open(html, layout.text("sandbox.login.title"), locale, List.of(), "aui-layout aui-theme-default");
        layout.header(html, null, List.of(), PATH, locale);
        html.append("<section id=\"content\" role=\"main\">\n<div class=\"aui-page-panel capokr-sandbox-login\">\n")
                .append("<div class=\"aui-page-panel-inner\">\n<section class=\"aui-page-panel-content\">\n")
                .append("<h1>").append(Html.escape(layout.text("sandbox.login.title"))).append("</h1>\n")
                .append("<p>").append(Html.escape(layout.text("sandbox.login.intro"))).append("</p>\n");
        if (error != null) {
            html.append("<div class=\"aui-message aui-message-error\" role=\"alert\"><p>").append(Html.escape(error))
                    .append("</p></div>\n");
        }
        // One button per user: picking a user is the whole login, so it takes one click.
        html.append("<form method=\"post\" action=\"").append(PATH).append("\" id=\"capokr-sandbox-login\">\n")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.escape(next)).append("\">\n")
                .append("<h2>").append(Html.escape(layout.text("sandbox.login.users"))).append("</h2>\n")
                .append("<ul class=\"capokr-sandbox-users\">\n");
        for (Choice user : users) {
            html.append("<li><button type=\"submit\" class=\"aui-button\" name=\"username\" id=\"")
                    .append(Html.escape("capokr-login-" + user.username())).append("\" value=\"")
                    .append(Html.escape(user.username())).append("\">")
                    .append(Html.escape(layout.text("sandbox.login.as", user.displayName(), user.username())))
                    .append("</button>\n<p class=\"capokr-sandbox-role\">").append(Html.escape(layout.text(user.roleKey())))
                    .append("</p></li>\n");
        }
        html.append("</ul>\n</form>\n</section>\n</div>\n</div>\n</section>\n");
        layout.close(html, List.of(), Map.of());
        return html.toString();
    }
}
