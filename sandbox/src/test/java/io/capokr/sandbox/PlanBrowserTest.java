package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Preparation and calibration in a real browser: a project administrator writes the plan of a cycle being planned
 * in its dialog (add, move, remove, owners, an inline error first), sees it folded once the cycle runs, and a
 * calibration warning shows beside the key result it concerns.
 */
public class PlanBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @BeforeClass
    public static void logInAsTheProjectAdministrator() {
        BROWSER.logInAs("lead");
    }

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    private static WebElement rowField(int row, String name) {
        return BROWSER.driver().findElement(By.cssSelector(
                "#capokr-plan-dialog .capokr-plan-row:nth-child(" + row + ") input[name='" + name + "']"));
    }

    private static void rowAction(int row, String action) {
        BROWSER.driver().findElement(By.cssSelector(
                "#capokr-plan-dialog .capokr-plan-row:nth-child(" + row + ") [data-action='" + action + "']")).click();
    }

    private static void submitAndWaitForReload(java.util.function.Supplier<Boolean> done) {
        BROWSER.driver().findElement(By.cssSelector("#capokr-plan-dialog .capokr-submit")).click();
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> done.get());
        BROWSER.waitUntilReady();
    }

    @Test
    public void anAdministratorWritesThePlanOfACycleBeingPlanned() throws Exception {
        long cycle = SANDBOX.http().createCycle("2061 Q1", "2061-01-01", "2061-03-31").get("id").asLong();
        BROWSER.openProject("MKT", "cycle=" + cycle);

        assertEquals(List.of(english("capokr.plan.empty.title")), BROWSER.texts("#capokr-plan .capokr-empty-title"));
        assertEquals(Boolean.TRUE, BROWSER.script("return document.querySelector('#capokr-plan details').open;"));
        BROWSER.driver().findElement(By.cssSelector("#capokr-plan [data-action='edit-plan']")).click();
        BROWSER.visible(By.cssSelector("#capokr-plan-dialog .capokr-plan-row input[name='title']"));

        rowField(1, "title").sendKeys("Win the mid-market segment in France");
        rowField(1, "ownerKey").sendKeys("member");
        BROWSER.driver().findElement(By.cssSelector("#capokr-plan-dialog [data-action='add-priority']")).click();
        rowField(2, "title").sendKeys("Drop this one");
        BROWSER.driver().findElement(By.cssSelector("#capokr-plan-dialog [data-action='add-priority']")).click();
        rowField(3, "title").sendKeys("Cut churn of small accounts");
        rowField(3, "ownerKey").sendKeys("ghost");
        rowAction(3, "priority-up");
        rowAction(3, "priority-remove");
        assertEquals(2, BROWSER.driver().findElements(By.cssSelector("#capokr-plan-dialog .capokr-plan-row")).size());
        assertEquals("Cut churn of small accounts", rowField(2, "title").getAttribute("value"));

        // an unknown owner is refused beside its row, and nothing is saved
        BROWSER.driver().findElement(By.cssSelector("#capokr-plan-dialog .capokr-submit")).click();
        WebElement ownerError = BROWSER.driver().findElement(By.cssSelector(
                "#capokr-plan-dialog .capokr-plan-row:nth-child(2) .error[data-part='ownerKey']"));
        BROWSER.waiting().until(driver -> !ownerError.getText().isBlank());
        assertEquals(english("capokr.error.user.notFound", "ghost"), ownerError.getText());
        BROWSER.screenshot("plan-dialog");

        rowField(2, "ownerKey").clear();
        rowField(2, "ownerKey").sendKeys("lead");
        submitAndWaitForReload(() -> !BROWSER.texts("#capokr-plan .capokr-plan-text").isEmpty());

        assertEquals(List.of("Win the mid-market segment in France", "Cut churn of small accounts"),
                BROWSER.texts("#capokr-plan .capokr-plan-text"));
        List<String> owners = BROWSER.texts("#capokr-plan .capokr-plan-priority .capokr-person");
        assertTrue(owners.toString(), owners.get(0).endsWith("Mia Member") && owners.get(1).endsWith("Luc Lead"));
        assertEquals(2, SANDBOX.http().get(REST + "/projects/MKT/plan?cycleId=" + cycle, "member").json()
                .get("priorities").size());
        BROWSER.fullPageScreenshot("plan");

        // once the cycle runs, the plan folds to one line but stays on the page
        SANDBOX.http().send(SandboxHttp.as(SANDBOX.http().request(REST + "/cycles/" + cycle + "/start")
                .POST(HttpRequest.BodyPublishers.noBody()), "admin"));
        BROWSER.openProject("MKT", "cycle=" + cycle);
        assertEquals(Boolean.FALSE, BROWSER.script("return document.querySelector('#capokr-plan details').open;"));
        assertEquals(List.of(english("capokr.plan.collapsed", 2)), BROWSER.texts("#capokr-plan summary"));
        BROWSER.screenshot("plan-collapsed");
    }

    @Test
    public void aCalibrationWarningShowsBesideItsKeyResult() throws Exception {
        long cycle = SANDBOX.http().createCycle("2062 Q1", "2062-01-01", "2062-03-31").get("id").asLong();
        long objective = SANDBOX.http().postJson(REST + "/objectives", "lead", "{\"cycleId\":" + cycle
                + ",\"projectKey\":\"MKT\",\"title\":\"Make the product easy to buy\"}").json().get("id").asLong();
        SANDBOX.http().postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Self-serve purchases\",\"measure\":\"METRIC\",\"start\":0,\"target\":200}");
        SANDBOX.http().postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Checkout conversion\",\"measure\":\"METRIC\",\"start\":2,\"target\":4,\"unit\":\"%\"}");
        SANDBOX.http().postJson(REST + "/objectives", "lead", "{\"cycleId\":" + cycle
                + ",\"projectKey\":\"MKT\",\"title\":\"Be known for support\"}");

        BROWSER.openProject("MKT", "cycle=" + cycle);

        assertEquals(List.of(english("capokr.calibration.METRIC_NO_UNIT")),
                BROWSER.texts(".capokr-key-result:nth-child(1) .capokr-warning"));
        assertEquals(List.of(), BROWSER.texts(".capokr-key-result:nth-child(2) .capokr-warning"));
        assertEquals(List.of(english("capokr.calibration.OBJECTIVE_NO_KEY_RESULT")),
                BROWSER.texts(".capokr-objective:nth-child(2) > .capokr-warnings .capokr-warning"));
        assertFalse(BROWSER.driver().findElements(By.cssSelector(".capokr-warning .aui-iconfont-warning")).isEmpty());
        BROWSER.fullPageScreenshot("calibration");
    }
}
