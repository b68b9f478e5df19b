package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The OKR workspace on the project page, in a real browser, as each sample user: what each sees and may do, every
 * edit through the page's dialogs, check-ins and linked issues, the French page, and hostile text shown as text.
 * Screenshots of the page as the lead and as a member, and of a dialog, are saved for people to look at.
 */
public class WorkspaceBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    /** Each test works in a cycle of its own, far from the sample data's, so it starts from an empty page. */
    private long cycleId;
    private static int cycles;

    private final Map<Long, Integer> years = new java.util.HashMap<>();

    private long newCycle() {
        int year = 2050 + cycles++;
        cycleId = SANDBOX.http().createCycle("Browser test " + year, year + "-01-01", year + "-03-31").get("id").asLong();
        years.put(cycleId, year);
        return cycleId;
    }

    private int year(long cycle) {
        return years.get(cycle);
    }

    /** A day inside the test cycle, for a second cycle that overlaps it. */
    private String dayInside(long cycle) {
        return year(cycle) + "-02-01";
    }

    @Test
    public void theSamplePageGivesEachUserTheControlsTheirRightsAllow() throws Exception {
        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", null);
        assertTrue("the lead creates objectives", present("#capokr-create-objective"));
        assertTrue("and edits them", present("[data-action='edit-objective']"));
        assertTrue(present("[data-action='check-in']"));
        assertFalse("cycles are the Jira administrators'", present("#capokr-create-cycle"));
        assertThat(BROWSER.texts(".capokr-objective-title h2"), hasItem("Generate 300 qualified leads"));
        assertFalse("the sample's objectives show progress", BROWSER.texts("[data-summary='progress']").get(0).startsWith("0%"));
        BROWSER.fullPageScreenshot("project-page-lead");

        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", null);
        assertFalse(present("#capokr-create-objective"));
        assertFalse(present("[data-action='edit-objective']"));
        assertFalse(present("[data-action='edit-key-result']"));
        assertTrue("members with EDIT_ISSUES check in", present("[data-action='check-in']"));
        assertTrue("the restricted issue is counted for them, never named",
                BROWSER.texts(".capokr-restricted").stream().anyMatch(text -> text.startsWith("1 ")));
        assertThat(String.join(" ", BROWSER.texts(".capokr-issue-key")), not(containsString("MKT-6")));
        BROWSER.fullPageScreenshot("project-page-member");

        BROWSER.logInAs("outsider");
        BROWSER.openProject("MKT", null);
        assertFalse(present("[data-action='check-in']"));
        assertFalse(present("[data-action='link-issues']"));
        assertFalse(present("[data-action='edit-objective']"));
        assertTrue("but reads everything", BROWSER.texts(".capokr-key-result").size() > 3);

        BROWSER.logInAs("admin");
        BROWSER.openProject("MKT", null);
        assertTrue(present("#capokr-create-cycle"));
        assertTrue(present("#capokr-create-objective"));
    }

    @Test
    public void aLeadBuildsObjectivesAndKeyResultsOfEveryKindInTheDialogs() throws Exception {
        newCycle();
        BROWSER.logInAs("lead");
        openTestCycle(null);
        assertTrue("an empty cycle says how to start", present(".capokr-empty-state"));

        click("#capokr-create-objective");
        BROWSER.visible(By.id("capokr-objective-title"));
        submit("#capokr-objective-dialog");
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.required"), fieldError("#capokr-objective-dialog", "title"));
        BROWSER.fill("#capokr-objective-form", Map.of("title", "Win the spring fair", "type", "COMMITTED"));
        submitAndWaitFor(() -> BROWSER.texts(".capokr-objective-title h2").contains("Win the spring fair"));
        WebElement objective = objective("Win the spring fair");

        addKeyResult(objective, Map.of("title", "Visitors at the booth", "measure", "METRIC", "start", "0",
                "target", "400", "unit", "visitors"));
        addKeyResult(objective("Win the spring fair"), Map.of("title", "Booth built", "measure", "MILESTONE"));
        addKeyResult(objective("Win the spring fair"), Map.of("title", "Fair tasks done", "measure", "ISSUES",
                "weighting", "STORY_POINTS", "weight", "2"));
        assertEquals(List.of("Visitors at the booth", "Booth built", "Fair tasks done"),
                BROWSER.texts(".capokr-objective .capokr-kr-name"));
        assertThat(BROWSER.texts(".capokr-measure"), hasItem("0 / 400 visitors"));
        assertThat(BROWSER.texts(".capokr-measure"), hasItem("Not reached yet"));

        // A bad key result is refused field by field, and nothing is saved.
        click(objective("Win the spring fair"), "[data-action='add-key-result']");
        BROWSER.visible(By.id("capokr-kr-title"));
        BROWSER.fill("#capokr-key-result-form", Map.of("title", "No target", "measure", "METRIC", "start", "5"));
        submit("#capokr-key-result-dialog");
        assertFalse(fieldError("#capokr-key-result-dialog", "target").isBlank());
        click("#capokr-key-result-dialog .capokr-cancel");

        // Edit the objective: the dialog opens on its current values.
        click(objective("Win the spring fair"), "[data-action='edit-objective']");
        BROWSER.waiting().until(driver -> "Win the spring fair".equals(BROWSER.script(
                "return document.getElementById('capokr-objective-title').value;")));
        BROWSER.fill("#capokr-objective-form", Map.of("title", "Win the autumn fair"));
        submitAndWaitFor(() -> BROWSER.texts(".capokr-objective-title h2").contains("Win the autumn fair"));

        // Reorder: move the last key result up.
        click(keyResult("Fair tasks done"), "[data-action='move-key-result-up']");
        waitFor(() -> BROWSER.texts(".capokr-objective .capokr-kr-name")
                .equals(List.of("Visitors at the booth", "Fair tasks done", "Booth built")));

        // Delete, after confirming in a warning dialog.
        click(keyResult("Booth built"), "[data-action='delete-key-result']");
        BROWSER.visible(By.id("capokr-delete-confirm"));
        assertEquals("Booth built", BROWSER.texts("#capokr-delete-dialog .capokr-dialog-subject").get(0));
        click("#capokr-delete-confirm");
        waitFor(() -> !BROWSER.texts(".capokr-kr-name").contains("Booth built"));
        assertEquals(2, BROWSER.texts(".capokr-objective .capokr-kr-name").size());
    }

    @Test
    public void aStaleEditTellsTheUserAndShowsTheOtherVersion() {
        newCycle();
        long objective = createObjective("lead", "Raced objective");
        BROWSER.logInAs("lead");
        openTestCycle(null);

        click(objective("Raced objective"), "[data-action='edit-objective']");
        BROWSER.waiting().until(driver -> "Raced objective".equals(BROWSER.script(
                "return document.getElementById('capokr-objective-title').value;")));
        JsonNode current = SANDBOX.http().get(SandboxHttp.REST + "/objectives/" + objective, "lead").json();
        // Only what a PUT takes: the read model's other properties (progress, health...) would be a 400 each.
        ObjectNode change = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("title", "Changed meanwhile").put("version", current.get("version").asInt());
        assertEquals(200, SANDBOX.http().putJson(SandboxHttp.REST + "/objectives/" + objective, "lead", change.toString()).status());

        BROWSER.fill("#capokr-objective-form", Map.of("title", "My late change"));
        submitAndWaitFor(() -> BROWSER.texts(".capokr-objective-title h2").contains("Changed meanwhile"));
        // A warning, not a success: the user's change was not saved.
        BROWSER.waiting().until(driver -> String.join(" ", BROWSER.texts(".aui-flag .aui-message-warning"))
                .contains(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.stale.reload")));
        assertEquals(List.of(), BROWSER.texts(".aui-flag .aui-message-success"));
    }

    @Test
    public void aMemberChecksInLinksAndUnlinksIssuesAndProgressFollowsTheirStatus() throws Exception {
        newCycle();
        long objective = createObjective("lead", "Fair logistics");
        long keyResult = createKeyResult("lead", objective, "{\"title\":\"Logistics tasks\",\"measure\":\"ISSUES\"}");
        BROWSER.logInAs("member");
        openTestCycle(null);
        assertThat(BROWSER.texts(".capokr-measure"), hasItem("No issue counts toward it yet"));

        click(keyResult("Logistics tasks"), "[data-action='check-in']");
        BROWSER.visible(By.id("capokr-check-in-note"));
        assertFalse("no value to enter for an issue-measured key result",
                BROWSER.driver().findElement(By.id("capokr-check-in-value")).isDisplayed());
        BROWSER.fill("#capokr-check-in-form", Map.of("note", "Truck booked; waiting for the stand's plans"));
        BROWSER.script("document.getElementById('capokr-confidence-risk').checked = true;");
        BROWSER.screenshot("dialog-check-in");
        submitAndWaitFor(() -> BROWSER.texts(".capokr-when").contains("today"));
        assertThat(BROWSER.texts(".capokr-last-check-in"), hasItem("Unsure" + "today"));

        // One unknown key: the error names it, and nothing is linked.
        click(keyResult("Logistics tasks"), "[data-action='link-issues']");
        BROWSER.visible(By.id("capokr-link-keys"));
        BROWSER.fill("#capokr-link-form", Map.of("issueKeys", "MKT-3, MKT-404"));
        submit("#capokr-link-dialog");
        BROWSER.waiting().until(driver -> !BROWSER.texts("#capokr-link-dialog .capokr-key-errors li").isEmpty());
        assertEquals(List.of(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.issue.notFound", "MKT-404")),
                BROWSER.texts("#capokr-link-dialog .capokr-key-errors li"));
        assertEquals(0, SANDBOX.http().get(SandboxHttp.REST + "/keyresults/" + keyResult + "/issues", "member")
                .json().get("total").asInt());

        BROWSER.fill("#capokr-link-form", Map.of("issueKeys", "MKT-3 MKT-4"));
        submitAndWaitFor(() -> BROWSER.texts(".capokr-measure").contains("1 of 2 issues done"));
        click(".capokr-initiatives summary");
        assertThat(BROWSER.texts(".capokr-issue-key"), hasItem("MKT-4"));

        WebElement unlink = BROWSER.driver().findElement(By.cssSelector("[data-action='unlink-issue'][data-issue-key='MKT-4']"));
        unlink.click();
        waitFor(() -> BROWSER.texts(".capokr-measure").contains("0 of 1 issues done"));

        SANDBOX.http().moveIssue("MKT-3", "Done");
        openTestCycle(null);
        assertThat(BROWSER.texts(".capokr-measure"), hasItem("1 of 1 issues done"));
        assertThat(BROWSER.texts(".capokr-kr-progress"), hasItem("100%"));
    }

    @Test
    public void thePageSpeaksFrench() {
        newCycle();
        createObjective("lead", "Objectif du salon");
        BROWSER.logInAs("lead");
        try {
            openTestCycle("lang=fr");
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.page.title"), BROWSER.texts("#capokr-project-page h1").get(0));
            assertThat(BROWSER.texts(".capokr-key-results th, .capokr-muted"),
                    hasItem(SandboxHttp.pluginText(Locale.FRENCH, "capokr.keyResults.empty")));
            assertEquals("Nouvel objectif", BROWSER.texts("#capokr-create-objective").get(0));
        } finally {
            openTestCycle("lang=en");
        }
    }

    @Test
    public void hostileTextIsShownAsTextAndNothingRuns() {
        List<String> payloads = List.of(
                "<img src=x onerror=\"window.__capokrXss='img'\">",
                "<script>window.__capokrXss='script'</script>",
                "\"><svg onload=\"window.__capokrXss='svg'\">",
                "javascript:window.__capokrXss='link'",
                "${7*7} #set($x = 1) {{7*7}}");
        long cycle = SANDBOX.http().createCycle(payloads.get(2) + " cycle", "2041-01-01", null).get("id").asLong();
        for (String payload : payloads) {
            long objective = createObjectiveIn(cycle, "lead", payload, payload);
            long keyResult = createKeyResult("lead", objective, JSON.createObjectNode().put("title", payload)
                    .put("measure", "METRIC").put("start", 0).put("target", 10).put("unit", "u").toString());
            SANDBOX.http().postJson(SandboxHttp.REST + "/keyresults/" + keyResult + "/checkins", "lead",
                    JSON.createObjectNode().put("value", 1).put("confidence", "ON_TRACK").put("note", payload).toString());
        }
        // An issue whose summary is hostile, edited in the tracker as in Jira, linked to a key result.
        String summary = payloads.get(0) + " summary";
        assertEquals(200, SANDBOX.http().putJson(SandboxHttp.SANDBOX_REST + "/issues/MKT-5/summary", "lead",
                JSON.createObjectNode().put("summary", summary).toString()).status());
        long linked = createKeyResult("lead", createObjectiveIn(cycle, "lead", "Linked", ""),
                "{\"title\":\"With a hostile issue\",\"measure\":\"ISSUES\"}");
        assertEquals(200, SANDBOX.http().postJson(SandboxHttp.REST + "/keyresults/" + linked + "/issues", "lead",
                "{\"issueKeys\":[\"MKT-5\"]}").status());
        for (String user : List.of("lead", "member")) {
            BROWSER.logInAs(user);
            BROWSER.openProject("MKT", "cycle=" + cycle);
            assertThat(BROWSER.texts(".capokr-issue-summary"), hasItem(summary));
            assertNull("no payload ran for " + user, BROWSER.script("return window.__capokrXss;"));
            assertEquals("no element was injected", 0L, BROWSER.script("return document.querySelectorAll("
                    + "'#capokr-project-page img, #capokr-project-page svg, #capokr-project-page script').length;"));
            List<String> titles = BROWSER.texts(".capokr-objective-title h2");
            for (String payload : payloads) {
                assertThat("shown as typed: " + payload, titles, hasItem(payload));
            }
            assertThat(BROWSER.texts("#capokr-cycle-picker option").toString(), containsString(payloads.get(2) + " cycle"));
        }
    }

    @Test
    public void anAdministratorRunsTheCycleFromThePageAndAClosedCycleIsReadOnly() {
        newCycle();
        createObjective("lead", "Before the close");
        SANDBOX.http().createCycle("Overlapping " + cycleId, dayInside(cycleId), null);
        BROWSER.logInAs("admin");
        openTestCycle(null);
        assertThat(String.join(" ", BROWSER.texts(".capokr-cycle-overlaps")), containsString("Overlapping " + cycleId));

        click("[data-action='edit-cycle']");
        BROWSER.visible(By.id("capokr-cycle-name"));
        BROWSER.fill("#capokr-cycle-form", Map.of("name", "Renamed " + cycleId));
        submitAndWaitFor(() -> String.join(" ", BROWSER.texts("#capokr-cycle-picker option")).contains("Renamed " + cycleId));

        dismissFlags();
        click("[data-action='start-cycle']");
        waitFor(() -> present("[data-action='close-cycle']"));
        assertThat(BROWSER.texts(".capokr-cycle-bar .aui-lozenge"), hasItem(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.cycle.state.active")));

        dismissFlags();
        click("[data-action='close-cycle']");
        // The close dialog asks about unfinished key results; this cycle has none, so it says so.
        BROWSER.visible(By.cssSelector("#capokr-carry-dialog .capokr-carry-none"));
        assertEquals("Close cycle Renamed " + cycleId, BROWSER.texts("#capokr-carry-dialog-title").get(0));
        submitAndWaitFor(() -> present(".capokr-cycle-closed"));
        assertFalse("a closed cycle is not edited", present("[data-action='edit-cycle']"));
        assertFalse(present("#capokr-create-objective"));
        assertFalse(present("[data-action='edit-objective']"));
        assertFalse(present("[data-action='add-key-result']"));
        assertThat(BROWSER.texts(".capokr-objective-title h2"), hasItem("Before the close"));
    }

    @Test
    public void anEmptyPlannedCycleIsDeletedAfterConfirmingAndThePageShowsTheDefaultOne() {
        newCycle();
        BROWSER.logInAs("admin");
        openTestCycle(null);

        click("[data-action='delete-cycle']");
        BROWSER.visible(By.id("capokr-confirm"));
        submitAndWaitFor(() -> !String.join(" ", BROWSER.texts("#capokr-cycle-picker option")).contains("Browser test " + year(cycleId)));
        assertFalse(SANDBOX.http().cycleNames().stream().anyMatch(name -> name.startsWith("Browser test " + year(cycleId))));
    }

    @Test
    public void aManagersPageFitsAWindow1024PixelsWide() {
        BROWSER.logInAs("lead");
        BROWSER.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1024, 900));
        try {
            BROWSER.openProject("MKT", null);
            assertEquals("no objective card needs a horizontal scroll bar", List.of(), BROWSER.script(
                    "return Array.from(document.querySelectorAll('.capokr-objective'))"
                            + ".filter(function (card) { return card.scrollWidth > card.clientWidth + 1; })"
                            + ".map(function (card) { return card.querySelector('h2').textContent; });"));
            assertTrue((Boolean) BROWSER.script("return document.documentElement.scrollWidth <= window.innerWidth;"));
        } finally {
            BROWSER.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private void openTestCycle(String query) {
        BROWSER.openProject("MKT", "cycle=" + cycleId + (query == null ? "" : "&" + query));
    }

    private long createObjective(String user, String title) {
        return createObjectiveIn(cycleId, user, title, "");
    }

    private static long createObjectiveIn(long cycle, String user, String title, String description) {
        String body = JSON.createObjectNode().put("cycleId", cycle).put("projectKey", "MKT").put("title", title)
                .put("description", description).toString();
        SandboxHttp.Reply reply = SANDBOX.http().postJson(SandboxHttp.REST + "/objectives", user, body);
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private static long createKeyResult(String user, long objective, String body) {
        SandboxHttp.Reply reply = SANDBOX.http().postJson(SandboxHttp.REST + "/objectives/" + objective + "/keyresults", user, body);
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private static void addKeyResult(WebElement objective, Map<String, String> fields) {
        String title = fields.get("title");
        click(objective, "[data-action='add-key-result']");
        BROWSER.visible(By.id("capokr-kr-title"));
        BROWSER.fill("#capokr-key-result-form", fields);
        submitAndWaitFor(() -> BROWSER.texts(".capokr-kr-name").contains(title));
    }

    private static WebElement objective(String title) {
        return BROWSER.driver().findElements(By.cssSelector(".capokr-objective")).stream()
                .filter(element -> element.findElement(By.cssSelector(".capokr-objective-title h2")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("No objective " + title));
    }

    private static WebElement keyResult(String title) {
        return BROWSER.driver().findElements(By.cssSelector(".capokr-key-result")).stream()
                .filter(element -> element.findElement(By.cssSelector(".capokr-kr-name")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("No key result " + title));
    }

    /** Flags float over the page's top right, where the cycle's buttons are; a user would close them first. */
    private static void dismissFlags() {
        BROWSER.script("document.querySelectorAll('.aui-flag').forEach(function (flag) { flag.remove(); });");
    }

    private static boolean present(String css) {
        return !BROWSER.driver().findElements(By.cssSelector(css)).isEmpty();
    }

    private static void click(String css) {
        BROWSER.driver().findElement(By.cssSelector(css)).click();
    }

    private static void click(WebElement within, String css) {
        within.findElement(By.cssSelector(css)).click();
    }

    private static void submit(String dialog) {
        click(dialog + " .capokr-submit");
    }

    private static String fieldError(String dialog, String field) {
        By error = By.cssSelector(dialog + " .error[data-field='" + field + "']");
        BROWSER.waiting().until(driver -> !driver.findElement(error).getText().isBlank());
        return BROWSER.driver().findElement(error).getText();
    }

    /** Submits the open dialog; the page reloads on success, and the condition is read on the new page. */
    private static void submitAndWaitFor(BooleanSupplier condition) {
        BROWSER.driver().findElements(By.cssSelector(".capokr-dialog .capokr-submit")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No dialog is open")).click();
        waitFor(condition);
    }

    private static void waitFor(BooleanSupplier condition) {
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> {
                    BROWSER.waitUntilReady();
                    return condition.getAsBoolean();
                });
    }
}
