package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sandbox's issue navigator ({@code /issues/?jql=...}) with the plugin's JQL function, in a real browser, on the
 * sample data: a sample key result's issues, a cycle's issues of one project, a restricted issue left out for those
 * who may not see it, a JQL error instead of an empty list, Jira's empty state, escaping, and French. What each search
 * must find is worked out from the plugin's REST API (the key results' links as the administrator sees them, who sees
 * everything), not from the search under test.
 */
public class JqlSearchBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);
    /** Leadership security level: the lead and the administrator see it, the member does not. */
    private static final String RESTRICTED = "MKT-6";
    private static final String PAYLOAD = "<img src=x onerror=\"window.capokrXss=1\"> Fix <b>the</b> form";

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    private static String currentCycle;
    private static long sampleKeyResult;
    /** The sample key result's linked issues, restricted one included. */
    private static Set<String> sampleKeyResultIssues;
    /** Every issue linked to a key result of MKT's objectives in the current cycle. */
    private static Set<String> marketingCycleIssues;
    private static long unlinkedKeyResult;

    @BeforeClass
    public static void sampleKeyResultsOfTheCurrentCycle() {
        SandboxHttp http = SANDBOX.http();
        long cycleId = -1;
        for (JsonNode cycle : http.get(REST + "/cycles?maxResults=200", "admin").json().get("values")) {
            if ("ACTIVE".equals(cycle.get("state").asText())) {
                currentCycle = cycle.get("name").asText();
                cycleId = cycle.get("id").asLong();
            }
        }
        assertTrue("the sample data has a current cycle", currentCycle != null);
        JsonNode okrs = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycleId, "admin").json();
        marketingCycleIssues = new TreeSet<>();
        long objectiveId = -1;
        for (JsonNode objective : okrs.get("objectives")) {
            objectiveId = objective.get("objective").get("id").asLong();
            for (JsonNode row : objective.get("keyResults")) {
                long id = row.get("keyResult").get("id").asLong();
                Set<String> linked = linkedIssues(http, id);
                if (sampleKeyResult == 0 && !linked.isEmpty() && !linked.contains(RESTRICTED)) {
                    sampleKeyResult = id;
                }
                marketingCycleIssues.addAll(linked);
            }
        }
        assertTrue(okrs.toString(), sampleKeyResult > 0);
        // The restricted issue joins the sample key result, linked by the lead, who sees it.
        Reply linked = http.postJson(REST + "/keyresults/" + sampleKeyResult + "/issues", "lead",
                "{\"issueKeys\":[\"" + RESTRICTED + "\"]}");
        assertEquals(linked.toString(), 200, linked.status());
        sampleKeyResultIssues = linkedIssues(http, sampleKeyResult);
        assertTrue(sampleKeyResultIssues.contains(RESTRICTED));
        marketingCycleIssues.add(RESTRICTED);

        Reply unlinked = http.postJson(REST + "/objectives/" + objectiveId + "/keyresults", "lead",
                "{\"title\":\"Nothing linked yet\",\"measure\":\"ISSUES\"}");
        assertEquals(unlinked.toString(), 201, unlinked.status());
        unlinkedKeyResult = unlinked.json().get("id").asLong();
        BROWSER.logInAs("member");
    }

    private static Set<String> linkedIssues(SandboxHttp http, long keyResultId) {
        JsonNode page = http.get(REST + "/keyresults/" + keyResultId + "/issues?maxResults=100", "admin").json();
        assertTrue(page.toString(), page.get("total").asInt() <= 100);
        Set<String> keys = new TreeSet<>();
        page.get("values").forEach(row -> keys.add(row.get("issueKey").asText()));
        return keys;
    }

    /** The issues among {@code keys} that {@code user} may see, as the sample tracker says (its issue API). */
    private static Set<String> visibleTo(String user, Set<String> keys) {
        Set<String> visible = new TreeSet<>();
        for (String key : keys) {
            if (SANDBOX.http().get(SANDBOX_REST + "/issues/" + key, user).status() == 200) {
                visible.add(key);
            }
        }
        return visible;
    }

    @Test
    public void aSampleKeyResultsIdListsExactlyItsIssuesTheMemberMaySee() {
        search("issue in keyResultIssues(" + sampleKeyResult + ")", "lang=en");

        Set<String> expected = visibleTo("member", sampleKeyResultIssues);
        assertFalse(expected.contains(RESTRICTED));
        assertEquals(expected, keys());
        assertEquals(SandboxHttp.sandboxText(Locale.ENGLISH, "sandbox.search.count", expected.size()),
                BROWSER.driver().findElement(By.id("sandbox-search-count")).getText());
        assertEquals("issue in keyResultIssues(" + sampleKeyResult + ")",
                BROWSER.driver().findElement(By.id("sandbox-search-jql")).getAttribute("value"));
        String first = expected.iterator().next();
        WebElement link = BROWSER.driver().findElement(By.cssSelector("tr[data-issue-key='" + first + "'] a.issue-link"));
        assertTrue(link.getAttribute("href"), link.getAttribute("href").endsWith("/browse/" + first));
    }

    @Test
    public void aCycleAndAProjectListTheProjectsIssuesOfThatCycle() throws Exception {
        // Typed into the box and sent with the button, as a user searches.
        BROWSER.driver().get(SANDBOX.uri("/issues/?lang=en").toString());
        WebElement box = BROWSER.driver().findElement(By.id("sandbox-search-jql"));
        box.clear();
        box.sendKeys("issue in keyResultIssues(\"" + currentCycle + "\", \"MKT\")");
        BROWSER.driver().findElement(By.id("sandbox-search-submit")).click();
        BROWSER.waiting().until(driver -> driver.getCurrentUrl().contains("jql="));

        Set<String> expected = visibleTo("member", marketingCycleIssues);
        assertEquals(expected, keys());
        assertTrue(BROWSER.driver().findElement(By.id("find_link")).findElement(By.xpath("..")).getAttribute("class")
                .contains("aui-nav-selected"));
        BROWSER.fullPageScreenshot("jql-search");
    }

    @Test
    public void aRestrictedIssueIsListedOnlyForThoseWhoMaySeeIt() {
        try {
            BROWSER.logInAs("lead");
            search("issue in keyResultIssues(" + sampleKeyResult + ")", "lang=en");
            assertTrue(keys().contains(RESTRICTED));
        } finally {
            BROWSER.logInAs("member");
        }
        search("issue in keyResultIssues(" + sampleKeyResult + ")", "lang=en");
        assertFalse(keys().contains(RESTRICTED));
        assertFalse(BROWSER.driver().getPageSource().contains("Audit SEO"));
        // Without a query: every issue the member may see, the restricted ones of both projects left out.
        search("", "lang=en");
        assertEquals(38, keys().size());
        assertFalse(keys().contains(RESTRICTED));
        assertFalse(keys().contains("SALES-6"));
    }

    @Test
    public void anUnknownCycleIsAJqlErrorNotAnEmptyList() throws Exception {
        search("issue in keyResultIssues(\"1999 Q9\")", "lang=en");
        BROWSER.screenshot("jql-search-error");

        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.jql.error.cycle.unknown", "1999 Q9"),
                BROWSER.driver().findElement(By.id("sandbox-search-error")).getText());
        assertTrue(BROWSER.driver().findElements(By.id("sandbox-search-empty")).isEmpty());
        assertTrue(BROWSER.driver().findElements(By.id("sandbox-search-results")).isEmpty());

        String unsupported = "project = MKT";
        search(unsupported, "lang=en");
        assertEquals(SandboxHttp.sandboxText(Locale.ENGLISH, "capokr.jql.sandbox.unsupported", unsupported),
                BROWSER.driver().findElement(By.id("sandbox-search-error")).getText());
    }

    @Test
    public void aKeyResultWithoutIssuesShowsJirasEmptyState() {
        search("issue in keyResultIssues(" + unlinkedKeyResult + ")", "lang=en");

        assertEquals(SandboxHttp.sandboxText(Locale.ENGLISH, "sandbox.search.empty"),
                BROWSER.driver().findElement(By.cssSelector("#sandbox-search-empty h2")).getText());
        assertTrue(BROWSER.driver().findElements(By.id("sandbox-search-error")).isEmpty());
    }

    @Test
    public void summariesAndQueriesAreShownAsText() {
        Reply edited = SANDBOX.http().putJson(SANDBOX_REST + "/issues/MKT-18/summary", "lead",
                "{\"summary\":" + new com.fasterxml.jackson.databind.node.TextNode(PAYLOAD) + "}");
        assertEquals(edited.toString(), 200, edited.status());
        String original = "Redesign the contact form";
        try {
            search("", "lang=en");
            assertEquals(PAYLOAD, BROWSER.driver().findElement(By.cssSelector("tr[data-issue-key='MKT-18'] .sandbox-search-summary")).getText());
            String query = "\"><script>window.capokrXss=1</script>";
            search(query, "lang=en");
            assertEquals(query, BROWSER.driver().findElement(By.id("sandbox-search-jql")).getAttribute("value"));
            assertTrue(BROWSER.driver().findElements(By.cssSelector("#content img, #content b, #content script")).isEmpty());
            assertNull(BROWSER.script("return window.capokrXss;"));
        } finally {
            SANDBOX.http().putJson(SANDBOX_REST + "/issues/MKT-18/summary", "lead", "{\"summary\":\"" + original + "\"}");
        }
    }

    @Test
    public void speaksFrench() {
        try {
            search("issue in keyResultIssues(" + sampleKeyResult + ")", "lang=fr");
            int count = visibleTo("member", sampleKeyResultIssues).size();
            assertEquals(SandboxHttp.sandboxText(Locale.FRENCH, "sandbox.search.count", count),
                    BROWSER.driver().findElement(By.id("sandbox-search-count")).getText());
            assertEquals(SandboxHttp.sandboxText(Locale.FRENCH, "sandbox.search.submit"),
                    BROWSER.driver().findElement(By.id("sandbox-search-submit")).getText());
            assertEquals(SandboxHttp.sandboxText(Locale.FRENCH, "sandbox.nav.issues"),
                    BROWSER.driver().findElement(By.id("find_link")).getText());
            List<String> headings = BROWSER.texts("#sandbox-search-results th");
            assertEquals(List.of(SandboxHttp.sandboxText(Locale.FRENCH, "sandbox.search.key"),
                    SandboxHttp.sandboxText(Locale.FRENCH, "sandbox.search.summary"),
                    SandboxHttp.sandboxText(Locale.FRENCH, "sandbox.issue.status")), headings);

            search("issue in keyResultIssues(\"1999 Q9\")", "");
            // WebDriver reads the no-break spaces French puts inside guillemets as spaces.
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.jql.error.cycle.unknown", "1999 Q9").replace('\u00a0', ' '),
                    BROWSER.driver().findElement(By.id("sandbox-search-error")).getText());
            // The language switch keeps the search.
            BROWSER.driver().findElement(By.cssSelector("a.capokr-sandbox-language[lang='en']")).click();
            assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.jql.error.cycle.unknown", "1999 Q9"),
                    BROWSER.visible(By.id("sandbox-search-error")).getText());
        } finally {
            BROWSER.driver().get(SANDBOX.uri("/issues/?lang=en").toString());
        }
    }

    private static void search(String jql, String query) {
        BROWSER.driver().get(SANDBOX.uri("/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)
                + (query.isEmpty() ? "" : "&" + query)).toString());
        BROWSER.visible(By.id("sandbox-search-form"));
    }

    private static Set<String> keys() {
        List<String> keys = BROWSER.texts("#sandbox-search-results tbody .sandbox-search-key");
        Set<String> unique = new HashSet<>(keys);
        assertEquals("no issue listed twice", keys.size(), unique.size());
        return new TreeSet<>(unique);
    }
}
