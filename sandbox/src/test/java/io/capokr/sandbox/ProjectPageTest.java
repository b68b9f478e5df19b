package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.sandbox.SandboxHttp.Reply;
import io.capokr.sandbox.web.Html;
import org.junit.ClassRule;
import org.junit.Test;

/** The project page: the plugin's web-panel inside a Jira-like layout, with login, languages and resources. */
public class ProjectPageTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String PAGE_SELECTED = "/projects/MKT?selectedItem=io.capokr.jira:okr-project-page";

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void thePageRendersThePluginsPanelInsideTheProjectLayout() throws Exception {
        Reply page = http.get(PAGE_SELECTED, "admin");

        assertEquals(200, page.status());
        assertThat(page.header("Content-Type").orElse(""), startsWith("text/html"));
        String html = page.body();
        assertThat(html, containsString("id=\"capokr-project-page\""));
        assertThat(html, containsString("data-project-key=\"MKT\""));
        assertThat(html, containsString(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.page.title")));
        // the sidebar: the project, and the web-item labelled from the plugin's bundle, linking to its page
        assertThat(html, containsString("class=\"capokr-sandbox-project-name\">Marketing</h2>"));
        assertThat(html, containsString("href=\"" + PAGE_SELECTED + "\" id=\"capokr-project-link\""));
        assertThat(html, containsString(">" + SandboxHttp.pluginText(Locale.ENGLISH, "capokr.sidebar.label") + "</span>"));
        // the header: who is logged in, and the way out
        assertThat(html, containsString("Ada Admin"));
        assertThat(html, containsString("href=\"/logout\""));
        assertThat(html, containsString("href=\"/projects/MKT?lang=fr\""));
        // AUI first, then the plugin's web resources
        assertInOrder(html, "/sandbox-static/aui/aui-prototyping.css",
                "/download/resources/io.capokr.jira:project-page-resources/project-page.css");
        assertInOrder(html, "/sandbox-static/jquery/jquery.min.js", "/sandbox-static/aui/aui-prototyping.js",
                "/sandbox-static/sandbox-i18n.js", "/download/resources/io.capokr.jira:project-page-resources/project-page.js");
        JsonNode keys = i18nKeys(html);
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.sidebar.label"), keys.get("capokr.sidebar.label").asText());
    }

    @Test
    public void thePageWorksWithoutTheSidebarParameter() {
        Reply page = http.get("/projects/MKT", "member");
        assertEquals(200, page.status());
        assertThat(page.body(), containsString("id=\"capokr-project-page\""));
    }

    @Test
    public void cycleNamesAreEscaped() throws Exception {
        String name = "<script>alert(1)</script>";
        http.createCycle(name, "2033-01-01", null);

        String html = http.get("/projects/MKT", "admin").body();

        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(html, not(containsString(name)));
    }

    @Test
    public void aProjectTheUserCannotBrowseLooksLikeAnUnknownOne() {
        Reply page = http.get("/projects/SALES", "outsider");

        assertEquals(404, page.status());
        assertThat(page.body(), containsString(
                Html.escape(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.project.notFound", "SALES"))));
        assertThat(page.body(), not(containsString("capokr-cycle-table")));
        assertThat(page.body(), not(containsString(">Sales</a>")));
    }

    @Test
    public void anUnknownProjectIs404WithTheTemplatesMessage() {
        Reply page = http.get("/projects/NOPE", "admin");

        assertEquals(404, page.status());
        assertThat(page.body(), containsString(
                Html.escape(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.project.notFound", "NOPE"))));
    }

    @Test
    public void anonymousVisitorsAreSentToTheLoginPageAndTheRootToMarketing() {
        Reply page = http.get(PAGE_SELECTED, null);
        assertEquals(302, page.status());
        assertEquals("/login?next=%2Fprojects%2FMKT%3FselectedItem%3Dio.capokr.jira%3Aokr-project-page",
                page.header("Location").orElseThrow());

        Reply root = http.get("/", null);
        assertEquals(302, root.status());
        assertEquals("/projects/MKT", root.header("Location").orElseThrow());
    }

    @Test
    public void aPersonLogsInOnTheLoginPageAndOutAgain() {
        SandboxHttp browser = http.withCookies();
        Reply login = browser.get("/login?next=%2Fprojects%2FSALES", null);
        assertEquals(200, login.status());
        for (String user : new String[] {"admin", "lead", "member", "outsider"}) {
            assertThat(login.body(), containsString("value=\"" + user + "\""));
        }

        Reply loggedIn = browser.send(form("/login", "username=member&next=%2Fprojects%2FSALES"));
        assertEquals(303, loggedIn.status());
        assertEquals("/projects/SALES", loggedIn.header("Location").orElseThrow());

        Reply page = browser.get("/projects/SALES", null);
        assertEquals(200, page.status());
        assertThat(page.body(), containsString("Mia Member"));
        assertEquals(200, browser.get(SandboxHttp.REST + "/cycles", null).status());

        Reply logout = browser.get("/logout", null);
        assertEquals(303, logout.status());
        assertEquals("/login", logout.header("Location").orElseThrow());
        assertEquals(302, browser.get("/projects/SALES", null).status());
        assertEquals(401, browser.get(SandboxHttp.REST + "/cycles", null).status());
    }

    @Test
    public void theLoginPageRefusesUnknownUsersAndForeignRedirects() {
        SandboxHttp browser = http.withCookies();
        Reply unknown = browser.send(form("/login", "username=%3Cb%3Emallory&next=%2F"));
        assertEquals(400, unknown.status());
        assertThat(unknown.body(), containsString("&lt;b&gt;mallory"));

        Reply foreign = browser.send(form("/login", "username=admin&next=%2F%2Fexample.org%2F"));
        assertEquals(303, foreign.status());
        assertEquals("/", foreign.header("Location").orElseThrow());
    }

    @Test
    public void theLanguageSwitchIsRememberedInACookie() {
        SandboxHttp browser = http.withCookies();
        String frenchTitle = Html.escape(SandboxHttp.pluginText(Locale.FRENCH, "capokr.page.title"));

        Reply switched = browser.get("/projects/MKT?lang=fr", "admin");
        assertThat(switched.body(), containsString(frenchTitle));
        assertThat(switched.body(), containsString("<html lang=\"fr\">"));
        assertThat(switched.header("Set-Cookie").orElse(""), containsString("capokr-sandbox-lang=fr"));

        assertThat(browser.get("/projects/MKT", "admin").body(), containsString(frenchTitle));
        assertThat(http.get("/projects/MKT", "admin").body(),
                containsString(Html.escape(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.page.title"))));
        Reply acceptLanguage = http.send(SandboxHttp.as(http.request("/login").header("Accept-Language", "fr").GET(), null));
        assertThat(acceptLanguage.body(), containsString("<html lang=\"fr\">"));
    }

    @Test
    public void theWebResourcesAndAuiAreServed() {
        Reply script = http.get("/download/resources/io.capokr.jira:project-page-resources/project-page.js", null);
        assertEquals(200, script.status());
        assertThat(script.header("Content-Type").orElse(""), startsWith("text/javascript"));
        assertThat(script.body(), containsString("data-capokr-ready"));

        assertEquals(200, http.get("/download/resources/io.capokr.jira:project-page-resources/project-page.css", null).status());
        assertEquals(200, http.get("/sandbox-static/aui/aui-prototyping.css", null).status());
        assertEquals(200, http.get("/sandbox-static/aui/aui-prototyping.js", null).status());
        assertEquals(200, http.get("/sandbox-static/jquery/jquery.min.js", null).status());

        assertEquals(404, http.get("/download/resources/io.capokr.jira:project-page-resources/other.js", null).status());
        assertEquals(404, http.get("/download/resources/other.plugin:project-page-resources/project-page.js", null).status());
        assertEquals(404, http.get("/sandbox-static/aui/", null).status());
        int traversal = http.get("/sandbox-static/%2e%2e/atlassian-plugin.xml", null).status();
        assertTrue("refused: " + traversal, traversal == 400 || traversal == 404);
    }

    private HttpRequest.Builder form(String path, String body) {
        return http.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static JsonNode i18nKeys(String html) throws Exception {
        Matcher matcher = Pattern.compile("<script type=\"application/json\" id=\"capokr-sandbox-i18n\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue("AUI's i18n keys are on the page", matcher.find());
        return new ObjectMapper().readTree(matcher.group(1));
    }

    private static void assertInOrder(String html, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = html.indexOf(part, at + 1);
            assertTrue(part + " after the previous ones", next > at);
            at = next;
        }
    }
}
