package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Cap's administration page in a real browser: refused to a project lead, a new story points field saved (and the
 * copies refreshed), a wrong length shown beside its field, "Reconcile now" repairing a copy that drifted, French.
 */
public class AdminPageBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);
    private static final String PAGE = "/plugins/servlet/capokr/admin";
    private static final String DEFAULTS = "{\"storyPointsField\":null,\"defaultCycleLength\":90,\"weekStartsOn\":\"MONDAY\"}";

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @After
    public void backToTheDefaults() {
        assertEquals(200, SANDBOX.http().putJson(REST + "/admin/settings", "admin", DEFAULTS).status());
    }

    @Test
    public void aProjectLeadIsToldOnlyAdministratorsMayAndSeesNoSetting() {
        BROWSER.logInAs("lead");
        BROWSER.driver().get(SANDBOX.uri(PAGE + "?lang=en").toString());

        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.adminOnly"),
                BROWSER.visible(By.cssSelector(".capokr-page-problem")).getText());
        assertTrue(BROWSER.driver().findElements(By.id("capokr-admin-settings")).isEmpty());
        assertTrue(BROWSER.driver().findElements(By.id("capokr-reconcile-now")).isEmpty());
    }

    @Test
    public void anAdministratorChoosesAnotherStoryPointsFieldAndTheCopiesAreRefreshed() throws Exception {
        openAsAdmin("lang=en");
        new Select(BROWSER.driver().findElement(By.id("capokr-story-points-field"))).selectByValue("customfield_10003");
        new Select(BROWSER.driver().findElement(By.id("capokr-week-start"))).selectByValue("THURSDAY");
        BROWSER.driver().findElement(By.id("capokr-admin-save")).click();

        WebElement flag = BROWSER.visible(By.cssSelector(".aui-flag, #aui-flag-container .aui-message"));
        assertTrue(flag.getText(), flag.getText().startsWith(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.admin.saved")));
        BROWSER.visible(By.id("capokr-last-reconcile"));
        JsonNode settings = SANDBOX.http().get(REST + "/admin/settings", "admin").json();
        assertEquals("customfield_10003", settings.get("storyPointsField").asText());
        assertEquals("THURSDAY", settings.get("weekStartsOn").asText());
        assertEquals(settings.get("lastReconcile").get("checked").asText(),
                BROWSER.driver().findElement(By.cssSelector("[data-run='checked']")).getText());

        openAsAdmin("lang=en");
        assertEquals("the page shows what was saved", "customfield_10003",
                new Select(BROWSER.driver().findElement(By.id("capokr-story-points-field"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    public void aWrongLengthIsShownBesideItsFieldAndNothingIsSaved() {
        openAsAdmin("lang=en");
        WebElement length = BROWSER.driver().findElement(By.id("capokr-cycle-length"));
        length.clear();
        length.sendKeys("3");
        new Select(BROWSER.driver().findElement(By.id("capokr-week-start"))).selectByValue("FRIDAY");
        BROWSER.driver().findElement(By.id("capokr-admin-save")).click();

        WebElement error = BROWSER.visible(By.cssSelector(".error[data-field='defaultCycleLength']"));
        BROWSER.waiting().until(driver -> !error.getText().isEmpty());
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.admin.error.cycleLength", 7, 366), error.getText());
        assertEquals("MONDAY", SANDBOX.http().get(REST + "/admin/settings", "admin").json().get("weekStartsOn").asText());
    }

    @Test
    public void reconcileNowRepairsACopyThatDriftedWithoutAnEvent() throws Exception {
        SandboxHttp http = SANDBOX.http();
        long cycle = http.createCycle("Admin drift " + System.nanoTime(), LocalDate.now().minusDays(5).toString(),
                LocalDate.now().plusDays(60).toString()).get("id").asLong();
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Drift\"}").json().get("id").asLong();
        long kr = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"One issue\",\"measure\":\"ISSUES\"}").json().get("id").asLong();
        assertEquals(200, http.postJson(REST + "/keyresults/" + kr + "/issues", "lead", "{\"issueKeys\":[\"MKT-3\"]}").status());
        try {
            assertEquals(200, http.putJson("/rest/sandbox/1.0/issues/MKT-3/status?event=false", "admin",
                    "{\"category\":\"DONE\"}").status());
            assertEquals("the app heard nothing", 0.0, SANDBOX.http().mktProgress(cycle, kr), 1e-9);

            openAsAdmin("lang=en");
            String before = BROWSER.driver().findElement(By.cssSelector("[data-run='startedAt']")).getAttribute("datetime");
            BROWSER.driver().findElement(By.id("capokr-reconcile-now")).click();

            // The table shows the new run once its start differs from the last one's; then the flag says the same.
            BROWSER.waiting().until(driver -> !before.equals(
                    driver.findElement(By.cssSelector("[data-run='startedAt']")).getAttribute("datetime")));
            int checked = Integer.parseInt(BROWSER.driver().findElement(By.cssSelector("[data-run='checked']")).getText());
            int corrected = Integer.parseInt(BROWSER.driver().findElement(By.cssSelector("[data-run='corrected']")).getText());
            assertTrue("the drifted copy is among those corrected", corrected >= 1);
            String said = SandboxHttp.pluginText(Locale.ENGLISH, "capokr.admin.reconcile.done", checked, corrected);
            BROWSER.waiting().until(driver -> BROWSER.texts(".aui-flag").stream().anyMatch(text -> text.contains(said)));
            assertEquals(1.0, SANDBOX.http().mktProgress(cycle, kr), 1e-9);
            BROWSER.fullPageScreenshot("admin-page");
        } finally {
            http.putJson("/rest/sandbox/1.0/issues/MKT-3/status", "admin", "{\"category\":\"TO_DO\"}");
        }
    }

    @Test
    public void thePageSpeaksFrench() {
        openAsAdmin("lang=fr");

        assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.admin.reconcile.now"),
                BROWSER.driver().findElement(By.id("capokr-reconcile-now")).getText());
        assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.day.MONDAY"),
                new Select(BROWSER.driver().findElement(By.id("capokr-week-start"))).getFirstSelectedOption().getText());
        assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.admin.storyPoints.label"),
                BROWSER.driver().findElement(By.cssSelector("label[for='capokr-story-points-field']")).getText());
    }

    private static void openAsAdmin(String query) {
        BROWSER.logInAs("admin");
        BROWSER.driver().get(SANDBOX.uri(PAGE + "?" + query).toString());
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#capokr-admin-page[data-capokr-ready='true']")));
    }

}
