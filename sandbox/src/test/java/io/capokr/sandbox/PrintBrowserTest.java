package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;

/**
 * The end-of-cycle synthesis and the weekly meeting print cleanly from the browser: under print media no page chrome,
 * sidebar, tab or button shows, and each prints to one or two A4 pages. Saves the PDFs and a picture of each as
 * printed under sandbox/target/screenshots/ (print-synthesis, print-weekly).
 */
public class PrintBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    /** What a printed page must not show: Jira's and the sandbox's chrome, the view tabs, and anything to click. */
    private static final String NOT_PRINTED = "#header, .aui-header, .aui-sidebar, .aui-page-panel-nav, "
            + ".capokr-views, #capokr-project-page button, #capokr-project-page .aui-button, #capokr-project-page select";

    @After
    public void backToScreen() {
        BROWSER.screenMedia();
    }

    @Test
    public void theClosedQuartersSynthesisPrintsOnAtMostTwoA4Pages() throws Exception {
        long closed = cycleIn("CLOSED");
        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", "cycle=" + closed + "#reviews");
        BROWSER.waiting().until(driver -> !driver.findElements(
                By.cssSelector("#capokr-view-reviews[data-rendered='true']")).isEmpty());

        assertPrintsCleanly("print-synthesis");
    }

    @Test
    public void theWeeklyMeetingPrintsOnAtMostTwoA4Pages() throws Exception {
        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", "cycle=" + cycleIn("ACTIVE") + "#weekly");
        BROWSER.waiting().until(driver -> !driver.findElements(By.cssSelector(".capokr-weekly-week-id")).isEmpty());

        assertPrintsCleanly("print-weekly");
    }

    private static void assertPrintsCleanly(String name) throws Exception {
        assertTrue("on screen, the page has its buttons", visibleCount(NOT_PRINTED) > 0);

        BROWSER.printMedia();

        assertEquals("nothing to click and no page chrome on paper", 0, visibleCount(NOT_PRINTED));
        BROWSER.fullPageScreenshot(name);
        int pages = BROWSER.printToA4(name);
        assertTrue(name + " prints on " + pages + " A4 pages", pages >= 1 && pages <= 2);
    }

    private static long visibleCount(String css) {
        return ((Number) BROWSER.script("return Array.prototype.filter.call(document.querySelectorAll(arguments[0]),"
                + " function (e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; })"
                + ".length;", css)).longValue();
    }

    private static long cycleIn(String state) {
        JsonNode cycles = SANDBOX.http().get(REST + "/cycles", "admin").json().get("values");
        List<JsonNode> matching = StreamSupport.stream(cycles.spliterator(), false)
                .filter(cycle -> cycle.get("state").asText().equals(state)).toList();
        assertEquals("the sample has one " + state + " quarter", 1, matching.size());
        return matching.get(0).get("id").asLong();
    }
}
