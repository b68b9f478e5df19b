package io.capokr.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The project page's export links, in a real browser: each downloads the cycle on screen, with the reader's session,
 * and the file holds one row per key result the page shows (or per check-in), parsed back with Commons CSV.
 */
public class ExportBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @Test
    public void theLinksDownloadTheCycleOnScreen() throws Exception {
        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", null);
        String cycleId = BROWSER.driver().findElement(By.id("capokr-project-page")).getAttribute("data-cycle-id");
        int keyResultsShown = BROWSER.driver().findElements(By.cssSelector(".capokr-key-result")).size();

        String keyResultsLink = link("keyresults.csv");
        assertTrue(keyResultsLink, keyResultsLink.endsWith("/rest/capokr/1.0/projects/MKT/export/keyresults.csv?cycleId=" + cycleId));
        List<CSVRecord> keyResults = ExportRestTest.parse(download(keyResultsLink));
        assertEquals("one row per key result on the page", keyResultsShown, keyResults.size() - 1);

        List<CSVRecord> checkIns = ExportRestTest.parse(download(link("checkins.csv")));
        assertTrue("the sample's six weeks of check-ins", checkIns.size() > 10);
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.export.keyResults"),
                BROWSER.driver().findElement(By.cssSelector("a[data-export='keyresults.csv']")).getText());
    }

    @Test
    public void theCompanyPagesLinksDownloadTheCompanysKeyResults() throws Exception {
        BROWSER.logInAs("member");
        BROWSER.driver().get(SANDBOX.uri("/okrs").toString());
        BROWSER.waiting().until(driver -> !driver.findElements(
                By.cssSelector("#capokr-company-page[data-capokr-ready='true']")).isEmpty());
        String cycleId = BROWSER.driver().findElement(By.id("capokr-company-page")).getAttribute("data-cycle-id");
        int keyResultsOnScreen = SANDBOX.http().get(SandboxHttp.REST + "/company/okrs?cycleId=" + cycleId, "member").json()
                .get("objectives").findValues("keyResults").stream().mapToInt(com.fasterxml.jackson.databind.JsonNode::asInt).sum();

        String link = link("keyresults.csv");
        assertTrue(link, link.endsWith("/rest/capokr/1.0/company/export/keyresults.csv?cycleId=" + cycleId));
        assertEquals(keyResultsOnScreen, ExportRestTest.parse(download(link)).size() - 1);
    }

    @Test
    public void theLinksSpeakFrench() {
        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", "lang=fr");
        try {
            assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.export.checkIns"),
                    BROWSER.driver().findElement(By.cssSelector("a[data-export='checkins.csv']")).getText());
        } finally {
            BROWSER.openProject("MKT", "lang=en");
        }
    }

    private static String link(String sheet) {
        return BROWSER.driver().findElement(By.cssSelector("a[data-export='" + sheet + "']")).getAttribute("href");
    }

    /** What the browser receives for the link, with the page's session, as text. */
    private static String download(String href) {
        Object text = ((JavascriptExecutor) BROWSER.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(function (r) { return r.status === 200 ? r.text() : 'HTTP ' + r.status; })"
                        + ".then(done, function (e) { done('failed: ' + e); });", href);
        // fetch's text() drops the byte-order mark (ExportRestTest sees it in the bytes); what follows is the header.
        assertTrue(String.valueOf(text), String.valueOf(text).startsWith("Project,"));
        return (String) text;
    }
}
