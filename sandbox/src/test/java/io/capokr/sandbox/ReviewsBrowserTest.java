package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Reviews and grades" view in a real browser, as the Marketing lead: the reminder on the Objectives view, a
 * mid-cycle review with a target adjusted (shown with its old value), and grading with a reason, the committed
 * objective then shown as a miss. Screenshots: mid-cycle-review.png and grading.png.
 */
public class ReviewsBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @BeforeClass
    public static void logInAsLead() {
        BROWSER.logInAs("lead");
    }

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    /** An ACTIVE 90-day cycle that started {@code daysAgo} days ago. */
    private static long activeCycle(String name, int daysAgo) {
        LocalDate start = LocalDate.now().minusDays(daysAgo);
        long id = SANDBOX.http().createCycle(name, start.toString(), start.plusDays(89).toString()).get("id").asLong();
        SandboxHttp http = SANDBOX.http();
        assertEquals(200, http.send(SandboxHttp.as(http.request(REST + "/cycles/" + id + "/start")
                .POST(HttpRequest.BodyPublishers.noBody()), "admin")).status());
        return id;
    }

    private static long objective(long cycle, String title, String type) {
        return SANDBOX.http().postJson(REST + "/objectives", "lead", "{\"cycleId\":" + cycle
                + ",\"projectKey\":\"MKT\",\"title\":\"" + title + "\",\"type\":\"" + type + "\"}").json().get("id").asLong();
    }

    private static long metric(long objective, String title, int target, String unit, double value) {
        SandboxHttp http = SANDBOX.http();
        long id = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead", "{\"title\":\"" + title
                + "\",\"measure\":\"METRIC\",\"start\":0,\"target\":" + target + ",\"unit\":\"" + unit + "\"}").json().get("id").asLong();
        assertEquals(201, http.postJson(REST + "/keyresults/" + id + "/checkins", "lead",
                "{\"value\":" + value + ",\"confidence\":\"ON_TRACK\"}").status());
        return id;
    }

    private static void openReviews(long cycle) {
        BROWSER.openProject("MKT", "cycle=" + cycle + "#reviews");
        waitForReviews();
    }

    private static void waitForReviews() {
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> !driver.findElements(By.cssSelector("#capokr-view-reviews[data-rendered='true']")).isEmpty());
    }

    @Test
    public void theLeadWritesTheMidCycleReviewAndAdjustsATargetWhichShowsWithItsOldValue() throws Exception {
        long cycle = activeCycle("Mid-cycle in the browser", 50);
        long grow = objective(cycle, "Grow the community", "COMMITTED");
        long signups = metric(grow, "Newsletter signups", 100, "signups", 45);
        metric(grow, "Publish case studies", 6, "studies", 2);

        BROWSER.openProject("MKT", "cycle=" + cycle);
        WebElement due = BROWSER.visible(By.cssSelector("#capokr-view-objectives .capokr-review-due"));
        assertThat(due.getText(), containsString(english("capokr.review.due", LocalDate.now().minusDays(50).plusDays(45).toString())));
        due.findElement(By.linkText(english("capokr.review.due.link"))).click();
        waitForReviews();

        BROWSER.fill(".capokr-review-form[data-kind='MID_CYCLE']", java.util.Map.of(
                "whatWorked", "The weekly check-in keeps everyone honest.",
                "whatToChange", "Newsletter signups were set before the budget cut: lower the target."));
        BROWSER.driver().findElement(By.cssSelector(".capokr-review-form[data-kind='MID_CYCLE'] .capokr-review-save")).click();
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> BROWSER.texts(".capokr-review-saved-by").stream().anyMatch(text -> text.contains("Lead")
                        || text.contains("lead")));
        waitForReviews();

        WebElement row = BROWSER.driver().findElement(By.cssSelector(".capokr-adjust-row[data-key-result-id='" + signups + "']"));
        row.findElement(By.cssSelector("[data-action='adjust-key-result']")).click();
        WebElement target = BROWSER.visible(By.id("capokr-adjust-target-" + signups));
        target.sendKeys("80");
        target.submit();
        String shown = english("capokr.review.adjusted.target", "100", "80");
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> BROWSER.texts(".capokr-adjust-row[data-key-result-id='" + signups + "'] .capokr-adjustment-change")
                        .contains(shown));
        assertThat(BROWSER.texts(".capokr-adjust-row[data-key-result-id='" + signups + "'] .capokr-adjust-now"),
                hasItem(english("capokr.review.adjust.current", "80 signups")));
        assertTrue("grading is not open yet: no grades or misses to alarm anyone",
                BROWSER.driver().findElements(By.cssSelector(".capokr-grade-objective")).isEmpty());
        JsonNode history = SANDBOX.http().get(REST + "/keyresults/" + signups + "/history", "member").json();
        assertEquals("100", history.get("adjustments").get(0).get("oldValue").asText());
        BROWSER.fullPageScreenshot("mid-cycle-review");

        BROWSER.openProject("MKT", "cycle=" + cycle);
        assertTrue("saved: no more reminder",
                BROWSER.driver().findElements(By.cssSelector(".capokr-review-due")).isEmpty());
    }

    /** An adjustment made before anyone wrote the review shows, and nobody is said to have saved the (empty) review. */
    @Test
    public void anAdjustmentAloneDoesNotPassForAWrittenReview() throws Exception {
        long cycle = activeCycle("Adjusted first", 50);
        long signups = metric(objective(cycle, "Grow", "COMMITTED"), "Signups", 100, "signups", 45);
        int version = SANDBOX.http().get(REST + "/keyresults/" + signups, "lead").json().get("version").asInt();
        assertEquals(201, SANDBOX.http().postJson(REST + "/projects/MKT/reviews/MID_CYCLE/adjustments", "lead",
                "{\"keyResultId\":" + signups + ",\"target\":80,\"version\":" + version + "}").status());

        openReviews(cycle);
        WebElement midCycle = BROWSER.driver().findElement(By.cssSelector(".capokr-review-form[data-kind='MID_CYCLE']"))
                .findElement(By.xpath("./ancestor::*[contains(@class,'capokr-review-body')]"));
        assertTrue("no 'last saved by' for a review nobody wrote",
                midCycle.findElements(By.cssSelector(".capokr-review-saved-by")).isEmpty());
        assertTrue(String.join(" ", BROWSER.texts("#capokr-view-reviews")).contains("Signups"));
    }

    /** Someone saved the review since the page was read: the page reloads on their text and warns, never says "saved". */
    @Test
    public void aStaleReviewSaveReloadsWithAWarning() throws Exception {
        long cycle = activeCycle("Raced review", 50);
        metric(objective(cycle, "Grow", "COMMITTED"), "Signups", 100, "signups", 45);
        openReviews(cycle);
        assertEquals(200, SANDBOX.http().putJson(SandboxHttp.REST + "/projects/MKT/reviews/MID_CYCLE", "lead",
                "{\"cycleId\":" + cycle + ",\"version\":0,\"whatWorked\":\"Saved elsewhere first.\"}").status());

        BROWSER.fill(".capokr-review-form[data-kind='MID_CYCLE']", java.util.Map.of("whatWorked", "My late text."));
        BROWSER.driver().findElement(By.cssSelector(".capokr-review-form[data-kind='MID_CYCLE'] .capokr-review-save")).click();

        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> String.join(" ", BROWSER.texts(".aui-flag .aui-message-warning"))
                        .contains(english("capokr.error.stale.reload")));
        assertEquals(java.util.List.of(), BROWSER.texts(".aui-flag .aui-message-success"));
        waitForReviews();
        assertEquals("Saved elsewhere first.", BROWSER.script("return document.querySelector("
                + "\".capokr-review-form[data-kind='MID_CYCLE'] [name='whatWorked']\").value;"));
    }

    @Test
    public void theLeadGradesWithAReasonAndTheCommittedObjectiveShowsAsAMiss() throws Exception {
        long cycle = activeCycle("Grading in the browser", 84);
        long keep = objective(cycle, "Keep our customers", "COMMITTED");
        long renewals = metric(keep, "Renewals signed", 10, "renewals", 8);
        metric(keep, "Net promoter score", 50, "points", 50);
        long reach = objective(cycle, "Reach new markets", "ASPIRATIONAL");
        metric(reach, "Partners signed", 5, "partners", 2);

        openReviews(cycle);
        WebElement row = BROWSER.driver().findElement(By.cssSelector(".capokr-grade-row[data-key-result-id='" + renewals + "']"));
        assertEquals("0.8", row.findElement(By.cssSelector(".capokr-grade-suggested")).getText());
        WebElement reason = row.findElement(By.name("reason"));
        assertFalse("the suggested grade needs no reason", reason.isDisplayed());
        new Select(row.findElement(By.name("grade"))).selectByValue("0.6");
        assertTrue("another grade asks why", reason.isDisplayed());
        reason.sendKeys("Two renewals slipped to next quarter.");
        row.findElement(By.cssSelector(".capokr-grade-save")).click();

        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> "0.6".equals(BROWSER.script("var s = document.querySelector("
                        + "\".capokr-grade-row[data-key-result-id='" + renewals + "'] select\"); return s && s.value;"))
                        && driver.findElements(By.cssSelector(".capokr-not-graded")).size() == 2);
        waitForReviews();
        WebElement keepBlock = BROWSER.driver().findElement(By.cssSelector(".capokr-grade-objective[data-objective-id='" + keep + "']"));
        assertEquals("0.80", keepBlock.findElement(By.cssSelector(".capokr-objective-grade-value")).getAttribute("textContent"));
        assertEquals(english("capokr.grade.miss"), keepBlock.findElement(By.cssSelector(".capokr-miss")).getAttribute("textContent"));
        WebElement reachBlock = BROWSER.driver().findElement(By.cssSelector(".capokr-grade-objective[data-objective-id='" + reach + "']"));
        assertTrue("aspirational objectives never miss", reachBlock.findElements(By.cssSelector(".capokr-miss")).isEmpty());
        assertEquals("Two renewals slipped to next quarter.", BROWSER.script("return document.querySelector("
                + "\".capokr-grade-row[data-key-result-id='" + renewals + "'] textarea\").value;"));
        BROWSER.fullPageScreenshot("grading");

        // Closed, the cycle's synthesis shows on the company page: the project's average grade and its miss.
        SandboxHttp http = SANDBOX.http();
        assertEquals(200, http.send(SandboxHttp.as(http.request(REST + "/cycles/" + cycle + "/close")
                .POST(HttpRequest.BodyPublishers.noBody()), "admin")).status());
        BROWSER.driver().get(SANDBOX.uri("/okrs?cycle=" + cycle).toString());
        WebElement marketing = BROWSER.visible(By.cssSelector(".capokr-synthesis-project[data-project-key='MKT']"));
        assertThat(marketing.getText(), containsString("0.60"));
        assertEquals("1", marketing.findElement(By.cssSelector("td:nth-child(4)")).getText());
        BROWSER.fullPageScreenshot("company-synthesis");
    }
}
