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

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The company page in a real browser: the sample's company objectives with the project objectives aligned to them as
 * each sample user may see them, administrators' dialogs, the French page, and hostile text shown as text. A
 * full-page screenshot is saved for people to look at.
 */
public class CompanyPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    private static final String COMPANY_TITLES = ".capokr-company-objective .capokr-objective-title h2";

    @Test
    public void aLeadReadsTheCompanyObjectivesWithMarketingsAlignedOnesAndHasNoControls() {
        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", null);
        BROWSER.driver().findElement(By.id("capokr-company-link")).click();
        waitUntilReady();

        assertThat(BROWSER.driver().getCurrentUrl(), containsString("/plugins/servlet/capokr/okrs"));
        assertEquals("the header shows where we are", "page",
                BROWSER.script("return document.getElementById('capokr-company-link').getAttribute('aria-current');"));
        assertEquals(List.of("Structure our growth", "Become the reference partner in our region"), BROWSER.texts(COMPANY_TITLES));
        assertThat(BROWSER.texts("[data-project-key='MKT'] .capokr-aligned-title"), hasItem("Generate 300 qualified leads"));
        assertFalse("the sample's company objectives show progress",
                BROWSER.texts("[data-summary='progress']").get(0).startsWith("0%"));
        assertFalse(present("#capokr-create-company-objective"));
        assertFalse("no control but the charts' buttons",
                present("#capokr-company-page [data-action]:not([data-action='objective-chart']):not([data-action='company-chart'])"));
        assertFalse(present("#capokr-objective-dialog"));
        BROWSER.driver().findElement(By.cssSelector(".capokr-project-row[data-project-key='MKT'] a")).click();
        BROWSER.waitUntilReady();
        assertThat(BROWSER.texts(".capokr-objective-title h2"), hasItem("Generate 300 qualified leads"));
    }

    @Test
    public void anOutsiderSeesNothingOfSales() {
        BROWSER.logInAs("outsider");
        openCompanyPage(null);

        assertEquals(2, BROWSER.texts(COMPANY_TITLES).size());
        assertFalse(present("[data-project-key='SALES']"));
        assertEquals(List.of("Marketing"), BROWSER.texts(".capokr-project-row td:first-child a"));
        String page = BROWSER.driver().getPageSource();
        for (String hidden : List.of("SALES", "Improve lead conversion", "Stabilize customer recurrence")) {
            assertThat(page, not(containsString(hidden)));
        }

        BROWSER.logInAs("member");
        openCompanyPage(null);
        assertThat(BROWSER.texts("[data-project-key='SALES'] .capokr-aligned-title"), hasItem("Improve lead conversion"));
    }

    @Test
    public void anAdministratorCreatesAndDeletesACompanyObjectiveInTheDialogs() throws Exception {
        long cycle = SANDBOX.http().createCycle("Company browser 2061", "2061-01-01", "2061-03-31").get("id").asLong();
        BROWSER.logInAs("admin");
        openCompanyPage("cycle=" + cycle);
        assertTrue("an empty cycle says how to start", present(".capokr-empty-state"));

        click("#capokr-create-company-objective");
        BROWSER.visible(By.id("capokr-objective-title"));
        click("#capokr-objective-dialog .capokr-submit");
        By titleError = By.cssSelector("#capokr-objective-dialog .error[data-field='title']");
        BROWSER.waiting().until(driver -> !driver.findElement(titleError).getText().isBlank());
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.required"),
                BROWSER.driver().findElement(titleError).getText());
        BROWSER.fill("#capokr-objective-form", Map.of("title", "Win the region", "type", "ASPIRATIONAL"));
        submitAndWaitFor(() -> BROWSER.texts(COMPANY_TITLES).contains("Win the region"));
        assertTrue(present("[data-action='edit-objective']"));
        BROWSER.fullPageScreenshot("company-page-new-objective");

        click("[data-action='delete-objective']");
        BROWSER.visible(By.id("capokr-delete-confirm"));
        assertEquals("Win the region", BROWSER.texts("#capokr-delete-dialog .capokr-dialog-subject").get(0));
        submitAndWaitFor(() -> present(".capokr-empty-state"));
        assertEquals(List.of(), BROWSER.texts(COMPANY_TITLES));
    }

    @Test
    public void theSamplePageAsAnAdministrator() throws Exception {
        BROWSER.logInAs("admin");
        openCompanyPage(null);
        assertTrue(present("#capokr-create-company-objective"));
        assertTrue(present("[data-project-key='SALES']"));
        BROWSER.fullPageScreenshot("company-page");
    }

    @Test
    public void thePageSpeaksFrench() {
        BROWSER.logInAs("member");
        try {
            openCompanyPage("lang=fr");
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.company.title"),
                    BROWSER.texts("#capokr-company-page h1").get(0));
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.company.projects.title"),
                    BROWSER.texts("#capokr-projects-title").get(0));
            assertEquals("OKR", BROWSER.texts("#capokr-company-link").get(0));
        } finally {
            openCompanyPage("lang=en");
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
        long cycle = SANDBOX.http().createCycle(payloads.get(2) + " company", "2062-01-01", null).get("id").asLong();
        for (String payload : payloads) {
            SandboxHttp.Reply reply = SANDBOX.http().postJson(SandboxHttp.REST + "/objectives", "admin",
                    JSON.createObjectNode().put("cycleId", cycle).put("title", payload).put("description", payload).toString());
            assertEquals(reply.toString(), 201, reply.status());
        }
        for (String user : List.of("admin", "member")) {
            BROWSER.logInAs(user);
            openCompanyPage("cycle=" + cycle);
            assertNull("no payload ran for " + user, BROWSER.script("return window.__capokrXss;"));
            assertEquals("no element was injected", 0L, BROWSER.script("return document.querySelectorAll("
                    + "'#capokr-company-page img, #capokr-company-page svg, #capokr-company-page script').length;"));
            List<String> titles = BROWSER.texts(COMPANY_TITLES);
            for (String payload : payloads) {
                assertThat("shown as typed: " + payload, titles, hasItem(payload));
            }
            assertThat(BROWSER.texts("#capokr-cycle-picker option").toString(), containsString(payloads.get(2) + " company"));
        }
    }

    private static void openCompanyPage(String query) {
        BROWSER.driver().get(SANDBOX.uri("/okrs" + (query == null ? "" : "?" + query)).toString());
        waitUntilReady();
    }

    private static void waitUntilReady() {
        BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#capokr-company-page[data-capokr-ready='true']")));
    }

    private static boolean present(String css) {
        return !BROWSER.driver().findElements(By.cssSelector(css)).isEmpty();
    }

    private static void click(String css) {
        BROWSER.driver().findElement(By.cssSelector(css)).click();
    }

    /** Submits the open dialog; the page reloads on success, and the condition is read on the new page. */
    private static void submitAndWaitFor(BooleanSupplier condition) {
        BROWSER.driver().findElements(By.cssSelector(".capokr-dialog .capokr-submit")).stream()
                .filter(element -> element.isDisplayed()).findFirst()
                .orElseThrow(() -> new AssertionError("No dialog is open")).click();
        BROWSER.waiting().ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> {
                    waitUntilReady();
                    return condition.getAsBoolean();
                });
    }
}
