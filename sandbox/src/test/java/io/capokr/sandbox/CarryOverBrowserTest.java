package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Closing the sample's current quarter from the project page, as an administrator: the close dialog lists every
 * unfinished key result by project, one is carried over to the next quarter and one dropped; the closed quarter
 * shows them read-only with "Carried over to", and the next quarter shows the copy "Carried over from".
 */
public class CarryOverBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @BeforeClass
    public static void logInAsAdmin() {
        BROWSER.logInAs("admin");
    }

    @Test
    public void anAdministratorClosesTheQuarterCarryingOneKeyResultOverAndDroppingAnother() throws Exception {
        JsonNode cycles = SANDBOX.http().get(SandboxHttp.REST + "/cycles", "admin").json().get("values");
        JsonNode current = null;
        for (JsonNode cycle : cycles) {
            if (cycle.get("state").asText().equals("ACTIVE")) {
                current = cycle;
            }
        }
        long currentId = current.get("id").asLong();
        String currentName = current.get("name").asText();
        SandboxHttp.Reply listed = SANDBOX.http().get(SandboxHttp.REST + "/cycles/" + currentId + "/unfinished", "admin");
        assertEquals(listed.toString(), 200, listed.status());
        JsonNode unfinished = listed.json();
        assertFalse(listed.toString(), unfinished.get("nextCycle").isNull());
        String nextName = unfinished.get("nextCycle").get("name").asText();
        long nextId = unfinished.get("nextCycle").get("id").asLong();

        BROWSER.openProject("MKT", "cycle=" + currentId);
        BROWSER.driver().findElement(By.cssSelector("[data-action='close-cycle']")).click();
        BROWSER.visible(By.cssSelector("#capokr-carry-dialog .capokr-carry-table"));
        assertEquals("Close cycle " + currentName, BROWSER.texts("#capokr-carry-dialog-title").get(0));
        // Every project the administrator sees, company objectives first; each key result defaults to the next cycle.
        List<String> groups = BROWSER.texts("#capokr-carry-dialog .capokr-carry-project");
        assertTrue(groups.toString(), groups.size() >= 2);
        assertThat(groups, hasItem(containsString("(MKT)")));
        assertEquals(List.of("carry"), distinct("return Array.from(document.querySelectorAll("
                + "'#capokr-carry-dialog select[data-role=decision]')).map(function (s) { return s.value; });"));
        assertEquals(List.of(String.valueOf(nextId)), distinct("return Array.from(document.querySelectorAll("
                + "'#capokr-carry-dialog select[data-role=target]')).map(function (s) { return s.value; });"));

        // The first of MKT's carried, the second dropped, the rest left for later.
        String mkt = "#capokr-carry-dialog .capokr-carry-group[data-project-key='MKT'] tr[data-key-result-id]";
        List<String> mktTitles = BROWSER.texts(mkt + " .capokr-carry-kr");
        String carried = mktTitles.get(0);
        String dropped = mktTitles.get(1);
        BROWSER.script("var rows = document.querySelectorAll(arguments[0]);"
                + "function choose(row, value) { var s = row.querySelector('select[data-role=decision]'); s.value = value;"
                + " s.dispatchEvent(new Event('change', {bubbles: true})); }"
                + "choose(rows[1], 'drop');"
                + "document.querySelectorAll('#capokr-carry-dialog tr[data-key-result-id]').forEach(function (row) {"
                + " if (row !== rows[0] && row !== rows[1]) { choose(row, 'later'); } });", mkt);
        assertEquals(Boolean.TRUE, BROWSER.script("return document.querySelectorAll(arguments[0])[1]"
                + ".querySelector('select[data-role=target]').disabled;", mkt));
        int rows = BROWSER.texts("#capokr-carry-dialog tr[data-key-result-id]").size();
        assertEquals("1 to carry over, 1 to drop, " + (rows - 2) + " to decide later",
                BROWSER.texts("#capokr-carry-dialog .capokr-carry-summary").get(0));
        BROWSER.script("document.querySelector(\"#capokr-carry-dialog .capokr-carry-group[data-project-key='MKT']\").scrollIntoView();");
        BROWSER.screenshot("close-carry-over");

        BROWSER.driver().findElement(By.id("capokr-carry-dialog-submit")).click();
        waitFor(() -> !BROWSER.driver().findElements(By.cssSelector(".capokr-cycle-closed")).isEmpty());

        // The closed quarter: read-only, the decisions shown where they were taken, the rest awaiting one.
        assertFalse(present("[data-action='edit-key-result']"));
        assertFalse(present("[data-action='check-in']"));
        assertEquals(List.of("Carried over to " + nextName), notesOf(carried));
        assertEquals(List.of("Dropped when its cycle closed"), notesOf(dropped));
        waitFor(() -> present(".capokr-carry-pending"));
        assertThat(BROWSER.texts(".capokr-carry-pending").get(0), containsString("await a decision"));
        BROWSER.script("window.scrollTo(0, 0);");
        BROWSER.fullPageScreenshot("closed-cycle");

        // "Decide" opens the same dialog on this project's undecided key results, for a decision after the close.
        BROWSER.driver().findElement(By.cssSelector("[data-action='decide-carry-over']")).click();
        BROWSER.visible(By.cssSelector("#capokr-carry-dialog .capokr-carry-table"));
        List<String> toDecide = BROWSER.texts("#capokr-carry-dialog tr[data-key-result-id] .capokr-carry-kr");
        assertFalse(toDecide.contains(carried));
        assertTrue("a dropped one may still be carried over", toDecide.contains(dropped));
        assertEquals(List.of("MKT"), distinct("return Array.from(document.querySelectorAll("
                + "'#capokr-carry-dialog .capokr-carry-group')).map(function (g) { return g.getAttribute('data-project-key'); });"));
        BROWSER.driver().findElement(By.cssSelector("#capokr-carry-dialog .capokr-cancel")).click();

        // The next quarter: the copy, saying where it came from.
        BROWSER.openProject("MKT", "cycle=" + nextId);
        assertEquals(List.of("Carried over from " + currentName), notesOf(carried));
        BROWSER.fullPageScreenshot("carried-over-next-cycle");

        // In French, the same words of the same page.
        BROWSER.openProject("MKT", "cycle=" + currentId + "&lang=fr");
        waitFor(() -> present(".capokr-carry-pending"));
        assertThat(BROWSER.texts(".capokr-carry-pending").get(0), containsString("attendent une d\u00e9cision"));
        assertEquals(List.of("Report\u00e9 vers " + nextName), notesOf(carried));
        BROWSER.driver().findElement(By.cssSelector("[data-action='decide-carry-over']")).click();
        BROWSER.visible(By.cssSelector("#capokr-carry-dialog .capokr-carry-table"));
        BROWSER.screenshot("decide-carry-over-fr");
        BROWSER.driver().findElement(By.cssSelector("#capokr-carry-dialog .capokr-cancel")).click();
        BROWSER.openProject("MKT", "lang=en");
    }

    private static List<String> distinct(String script) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) BROWSER.script(script);
        return values.stream().distinct().toList();
    }

    /** The carry-over notes of every key result with this title (the next quarter may hold a namesake of its own). */
    private static List<String> notesOf(String title) {
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) BROWSER.script("var title = arguments[0];"
                + "return Array.from(document.querySelectorAll('.capokr-key-result'))"
                + ".filter(function (r) { return r.querySelector('.capokr-kr-name').textContent.trim() === title; })"
                + ".flatMap(function (r) { return Array.from(r.querySelectorAll('.capokr-carry-note')); })"
                + ".map(function (n) { return n.textContent.trim(); });", title);
        return notes;
    }

    private static boolean present(String css) {
        return !BROWSER.driver().findElements(By.cssSelector(css)).isEmpty();
    }

    private static void waitFor(BooleanSupplier condition) {
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> {
                    BROWSER.waitUntilReady();
                    return condition.getAsBoolean();
                });
    }
}
