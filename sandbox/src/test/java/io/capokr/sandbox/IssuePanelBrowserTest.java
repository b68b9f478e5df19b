package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The issue panel on the sandbox's sample issue page, in a real browser: the key results an issue serves, linking
 * from the picker and unlinking with a confirmation, a restricted issue, French, and a key result whose title is an
 * XSS payload shown as text.
 */
public class IssuePanelBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);
    private static final String PAYLOAD = "<img src=x onerror=\"window.capokrXss=1\"> Ship <b>the</b> launch";

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    private static long payloadId;

    @BeforeClass
    public static void aKeyResultWithAnXssTitleServedByMkt2() {
        SandboxHttp http = SANDBOX.http();
        JsonNode candidates = http.get(REST + "/issues/MKT-2/keyresults/candidates?query=", "lead").json();
        long objectiveId = -1;
        for (JsonNode candidate : candidates) {
            if ("MKT".equals(candidate.get("projectKey").asText())) {
                objectiveId = candidate.get("objective").get("id").asLong();
                break;
            }
        }
        assertTrue(candidates.toString(), objectiveId > 0);
        Reply created = http.postJson(REST + "/objectives/" + objectiveId + "/keyresults", "lead",
                new ObjectMapper().createObjectNode().put("title", PAYLOAD).put("measure", "ISSUES").toString());
        assertEquals(created.toString(), 201, created.status());
        payloadId = created.json().get("id").asLong();
        assertEquals(200, http.postJson(REST + "/keyresults/" + payloadId + "/issues", "lead",
                "{\"issueKeys\":[\"MKT-2\"]}").status());
        BROWSER.logInAs("member");
    }

    @Test
    public void showsTheKeyResultsAndRendersAnXssTitleAsText() throws Exception {
        openIssue("MKT-2", "lang=en");

        WebElement row = row(payloadId);
        assertEquals(PAYLOAD, row.findElement(By.cssSelector(".capokr-panel-kr-title")).getText());
        assertTrue(BROWSER.driver().findElements(By.cssSelector("#capokr-issue-panel img, #capokr-issue-panel b")).isEmpty());
        assertNull(BROWSER.script("return window.capokrXss;"));
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.panel.contributes"),
                row.findElement(By.cssSelector(".capokr-panel-contributes")).getText());
        assertFalse(row.findElements(By.cssSelector(".capokr-panel-unlink")).isEmpty());
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.panel.title"),
                BROWSER.driver().findElement(By.cssSelector("#okr-issue-panel .sandbox-issue-module-heading")).getText());
        assertEquals("MKT-2", BROWSER.driver().findElement(By.id("sandbox-issue-key")).getText());

        BROWSER.driver().findElement(By.cssSelector(".capokr-panel-link-open")).click();
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".capokr-panel-candidate")));
        BROWSER.fullPageScreenshot("issue-panel");
    }

    @Test
    public void aMemberLinksTheIssueAsContextOnlyThenUnlinksIt() {
        String emptyIssue = issueServingNothing();
        openIssue(emptyIssue, "lang=en");
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.panel.empty"),
                BROWSER.visible(By.cssSelector(".capokr-panel-empty")).getText());

        BROWSER.driver().findElement(By.cssSelector(".capokr-panel-link-open")).click();
        WebElement first = BROWSER.visible(By.cssSelector(".capokr-panel-candidate"));
        String title = first.findElement(By.cssSelector(".capokr-panel-candidate-title")).getText();
        BROWSER.driver().findElement(By.cssSelector(".capokr-panel-search")).sendKeys(title.substring(0, Math.min(8, title.length())));
        BROWSER.waiting().until(driver -> BROWSER.texts(".capokr-panel-candidate-title").contains(title)
                && BROWSER.texts(".capokr-panel-candidate-title").stream().allMatch(t -> t.toLowerCase(Locale.ROOT)
                .contains(title.substring(0, Math.min(8, title.length())).toLowerCase(Locale.ROOT))));
        WebElement chosen = BROWSER.driver().findElements(By.cssSelector(".capokr-panel-candidate")).stream()
                .filter(option -> option.getText().startsWith(title)).findFirst().orElseThrow();
        long id = Long.parseLong(chosen.getAttribute("data-key-result-id"));
        chosen.click();
        // Unticked through its label, as a user clicks it (AUI draws the box over the input).
        BROWSER.driver().findElement(By.cssSelector(".capokr-panel-link-form .checkbox label")).click();
        assertFalse(BROWSER.driver().findElement(By.cssSelector(".capokr-panel-link-contributes")).isSelected());
        BROWSER.driver().findElement(By.cssSelector(".capokr-panel-link-submit")).click();

        WebElement linked = row(id);
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.panel.contextOnly"),
                linked.findElement(By.cssSelector(".capokr-panel-contributes")).getText());
        JsonNode served = SANDBOX.http().get(REST + "/issues/" + emptyIssue + "/keyresults", "member").json().get("keyResults");
        assertEquals(1, served.size());
        assertFalse(served.get(0).get("contributes").asBoolean());

        linked.findElement(By.cssSelector(".capokr-panel-unlink")).click();
        BROWSER.visible(By.cssSelector(".capokr-panel-unlink-confirm")).click();
        BROWSER.visible(By.cssSelector(".capokr-panel-empty"));
        assertEquals(0, SANDBOX.http().get(REST + "/issues/" + emptyIssue + "/keyresults", "member").json()
                .get("keyResults").size());
    }

    @Test
    public void aRestrictedIssueShowsNoPanel() {
        BROWSER.driver().get(SANDBOX.uri("/browse/MKT-6?lang=en").toString());

        assertFalse(BROWSER.driver().findElements(By.id("sandbox-issue-not-found")).isEmpty());
        assertTrue(BROWSER.driver().findElements(By.id("capokr-issue-panel")).isEmpty());
        assertFalse(BROWSER.driver().getPageSource().contains("Audit SEO"));
    }

    @Test
    public void theProjectPageOpensEachIssueOnItsPage() {
        BROWSER.openProject("MKT", "lang=en");
        String href = (String) BROWSER.script(
                "var link = document.querySelector('#capokr-project-page a.capokr-issue-key[href$=\"/browse/MKT-1\"]');"
                        + "return link && link.href;");
        assertTrue(String.valueOf(href), href != null && href.endsWith("/browse/MKT-1"));

        BROWSER.driver().get(href);
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#capokr-issue-panel[data-issue-key='MKT-1'][data-state='ready']")));
    }

    @Test
    public void speaksFrench() {
        try {
            openIssue("MKT-2", "lang=fr");
            WebElement row = row(payloadId);
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.panel.contributes"),
                    row.findElement(By.cssSelector(".capokr-panel-contributes")).getText());
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.panel.link"),
                    BROWSER.driver().findElement(By.cssSelector(".capokr-panel-link-open")).getText());
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.panel.title"),
                    BROWSER.driver().findElement(By.cssSelector("#okr-issue-panel .sandbox-issue-module-heading")).getText());
        } finally {
            BROWSER.driver().get(SANDBOX.uri("/browse/MKT-2?lang=en").toString());
        }
    }

    private static void openIssue(String key, String query) {
        BROWSER.driver().get(SANDBOX.uri("/browse/" + key + "?" + query).toString());
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#capokr-issue-panel[data-state='ready']")));
    }

    /** The panel's row for this key result, once the panel shows it. */
    private static WebElement row(long keyResultId) {
        return BROWSER.visible(By.cssSelector(".capokr-panel-kr[data-key-result-id='" + keyResultId + "']"));
    }

    /** A sample issue of MKT that no key result uses yet, as the member sees it. */
    private static String issueServingNothing() {
        for (int i = 20; i > 0; i--) {
            Reply reply = SANDBOX.http().get(REST + "/issues/MKT-" + i + "/keyresults", "member");
            if (reply.status() == 200 && reply.json().get("keyResults").size() == 0) {
                return "MKT-" + i;
            }
        }
        throw new AssertionError("every MKT issue serves a key result");
    }
}
