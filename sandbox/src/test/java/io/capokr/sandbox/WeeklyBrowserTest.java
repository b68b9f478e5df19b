package io.capokr.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The weekly meeting on the sample data, in a real browser: a member checks in with a blocker; the lead opens "This
 * week", finds that blocker first, records an action, and the action is there again the next week until ticked done.
 * Saves sandbox/target/screenshots/weekly.png, the view a manager opens on Monday morning.
 */
public class WeeklyBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    private static final String DEMOS = "Book 40 demos of the new offer";

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    @Test
    public void aBlockerLeadsTheMeetingAndAnActionComesBackUntilDone() throws Exception {
        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", null);
        keyResult(DEMOS).findElement(By.cssSelector("[data-action='check-in']")).click();
        BROWSER.visible(By.id("capokr-check-in-blocker"));
        BROWSER.fill("#capokr-check-in-form", Map.of("value", "15",
                "note", "Demo environment down since Thursday: IT ticket open, no date given.", "blocker", "true"));
        BROWSER.script("document.getElementById('capokr-confidence-off').checked = true;");
        submitDialog();
        waitFor(() -> BROWSER.texts(".capokr-when").contains("today"));

        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", null);
        BROWSER.driver().findElement(By.cssSelector("a[data-view='weekly']")).click();
        waitFor(() -> !BROWSER.texts("#capokr-weekly-blockers .capokr-weekly-blocker").isEmpty());

        List<String> sections = BROWSER.texts(".capokr-weekly-section > h3");
        assertTrue("blockers come first: " + sections, sections.get(0).startsWith(english("capokr.weekly.blockers")));
        assertTrue(sections.get(1).startsWith(english("capokr.weekly.attention")));
        assertTrue(sections.get(2).startsWith(english("capokr.weekly.stale")));
        assertTrue(sections.get(3).startsWith(english("capokr.weekly.changes")));
        assertTrue(sections.get(4).startsWith(english("capokr.meeting.title")));
        String blocker = BROWSER.texts("#capokr-weekly-blockers .capokr-weekly-blocker").get(0);
        assertTrue(blocker, blocker.contains(DEMOS));
        assertTrue(blocker, blocker.contains("Demo environment down since Thursday"));
        assertTrue(blocker, blocker.contains(english("capokr.weekly.blocker.open")));
        // The sample's own meeting already recorded this week's items; ours come on top of them.
        int before = BROWSER.texts(".capokr-meeting-title").size();
        String thisWeek = weekShown();

        BROWSER.driver().findElement(By.cssSelector("[data-action='add-action']")).click();
        BROWSER.visible(By.id("capokr-meeting-title"));
        submitDialog();
        assertEquals(english("capokr.error.required"), fieldError("title"));
        assertEquals(english("capokr.meeting.error.ownerRequired"), fieldError("ownerKey"));
        BROWSER.fill("#capokr-meeting-form", Map.of("title", "Escalate the demo environment to the IT manager",
                "ownerKey", "lead", "dueDate", java.time.LocalDate.now().plusDays(2).toString()));
        submitDialog();
        waitFor(() -> BROWSER.texts(".capokr-meeting-title").contains("Escalate the demo environment to the IT manager"));
        assertEquals("the reload comes back to the same week", thisWeek, weekShown());
        BROWSER.driver().findElement(By.cssSelector("[data-action='add-decision']")).click();
        BROWSER.visible(By.id("capokr-meeting-title"));
        BROWSER.fill("#capokr-meeting-form", Map.of("title", "Demos run on the staging environment until IT fixes production"));
        submitDialog();
        waitFor(() -> BROWSER.texts(".capokr-meeting-title").size() == before + 2);
        BROWSER.script("document.querySelectorAll('.aui-flag').forEach(function (flag) { flag.remove(); });");
        BROWSER.fullPageScreenshot("weekly");

        BROWSER.driver().findElement(By.cssSelector(".capokr-meeting-item[data-kind='DECISION'] [data-action='delete-item']")).click();
        BROWSER.visible(By.id("capokr-meeting-delete-dialog"));
        submitDialog();
        waitFor(() -> BROWSER.texts(".capokr-meeting-title").size() == before + 1);
    }

    /**
     * In a cycle of its own around today (the sample quarter may be in its last week), so that there always is a next
     * week to look at.
     */
    @Test
    public void anOpenActionComesBackEveryWeekUntilTickedDone() {
        java.time.LocalDate today = java.time.LocalDate.now();
        long cycle = SANDBOX.http().createCycle("Weekly browser " + System.nanoTime(), today.minusDays(20).toString(),
                today.plusDays(40).toString()).get("id").asLong();
        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", "cycle=" + cycle);
        BROWSER.driver().findElement(By.cssSelector("a[data-view='weekly']")).click();
        waitFor(() -> !weekShown().isEmpty());
        String thisWeek = weekShown();
        BROWSER.driver().findElement(By.cssSelector("[data-action='add-action']")).click();
        BROWSER.visible(By.id("capokr-meeting-title"));
        BROWSER.fill("#capokr-meeting-form", Map.of("title", "Send the agency brief", "ownerKey", "member"));
        submitDialog();
        waitFor(() -> BROWSER.texts(".capokr-meeting-title").contains("Send the agency brief"));

        BROWSER.driver().findElement(By.cssSelector(".capokr-week-next")).click();
        waitFor(() -> !weekShown().equals(thisWeek));
        String nextWeek = weekShown();
        assertEquals(List.of("Send the agency brief"), BROWSER.texts(".capokr-meeting-title"));
        assertTrue(String.join(" ", BROWSER.texts(".capokr-meeting-item")).contains(english("capokr.meeting.carriedFrom", thisWeek)));
        BROWSER.driver().findElement(By.cssSelector(".capokr-week-next")).click();
        waitFor(() -> !weekShown().equals(nextWeek));
        assertEquals("still open two weeks on", List.of("Send the agency brief"), BROWSER.texts(".capokr-meeting-title"));

        BROWSER.openProject("MKT", "cycle=" + cycle + "&week=" + thisWeek + "#weekly");
        waitFor(() -> weekShown().equals(thisWeek));
        BROWSER.driver().findElement(By.cssSelector(".capokr-meeting-done")).click();
        waitFor(() -> BROWSER.driver().findElements(By.cssSelector(".capokr-meeting-item-done")).size() == 1);
        assertEquals("ticked this week, it shows here, done", thisWeek, weekShown());
        BROWSER.driver().findElement(By.cssSelector(".capokr-week-next")).click();
        waitFor(() -> weekShown().equals(nextWeek));
        assertEquals("done, it no longer comes back", List.of(), BROWSER.texts(".capokr-meeting-title"));
        assertEquals(List.of(english("capokr.meeting.none")), BROWSER.texts("#capokr-weekly-items .capokr-weekly-empty"));
    }

    @Test
    public void theFrenchMeetingSpeaksFrenchAndAnOutsiderOnlyReads() {
        BROWSER.logInAs("outsider");
        BROWSER.openProject("MKT", "lang=fr");
        BROWSER.driver().findElement(By.cssSelector("a[data-view='weekly']")).click();
        waitFor(() -> !BROWSER.texts(".capokr-weekly-section > h3").isEmpty());
        assertTrue(BROWSER.texts(".capokr-weekly-section > h3").get(0).startsWith(
                SandboxHttp.pluginText(Locale.FRENCH, "capokr.weekly.blockers")));
        assertFalse(present("[data-action='add-action']"));
        assertFalse(present("[data-action='edit-item']"));
    }

    private static String weekShown() {
        List<String> ids = BROWSER.texts(".capokr-weekly-week-id");
        return ids.isEmpty() ? "" : ids.get(0);
    }

    private static WebElement keyResult(String title) {
        return BROWSER.driver().findElements(By.cssSelector(".capokr-key-result")).stream()
                .filter(element -> element.findElement(By.cssSelector(".capokr-kr-name")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("No key result " + title));
    }

    private static boolean present(String css) {
        return !BROWSER.driver().findElements(By.cssSelector(css)).isEmpty();
    }

    private static String fieldError(String field) {
        By error = By.cssSelector("#capokr-meeting-dialog .error[data-field='" + field + "']");
        BROWSER.waiting().until(driver -> !driver.findElement(error).getText().isBlank());
        return BROWSER.driver().findElement(error).getText();
    }

    private static void submitDialog() {
        BROWSER.driver().findElements(By.cssSelector(".capokr-dialog .capokr-submit")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No dialog is open")).click();
    }

    private static void waitFor(BooleanSupplier condition) {
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .ignoring(IndexOutOfBoundsException.class)
                .until(driver -> {
                    BROWSER.waitUntilReady();
                    return condition.getAsBoolean();
                });
    }
}
