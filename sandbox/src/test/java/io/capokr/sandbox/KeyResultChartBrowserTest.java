package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A key result's progress chart, in a real browser: the dialog draws a canvas with three series (progress, expected,
 * check-ins) from the one REST call, as many progress points and check-ins as the API gives, hovering a check-in
 * says its note, and a table gives screen readers the latest values; an objective's chart draws its weighted progress.
 * Saves sandbox/target/screenshots/kr-chart.png.
 */
public class KeyResultChartBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    private static final String DEMOS = "Book 40 demos of the new offer";

    @Test
    public void theChartDrawsTheKeyResultsCourseAgainstTheExpectedOne() throws Exception {
        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", null);
        WebElement row = keyResult(DEMOS);
        long id = Long.parseLong(row.getAttribute("data-key-result-id"));
        JsonNode chart = SANDBOX.http().get(REST + "/keyresults/" + id + "/chart", "lead").json();
        assertTrue("the sample's weeks of check-ins", chart.get("checkIns").size() >= 3);

        row.findElement(By.cssSelector("[data-action='chart']")).click();
        WebElement place = BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));

        assertEquals(1, place.findElements(By.cssSelector("canvas")).size());
        assertEquals("progress, expected, check-ins", "3", place.getAttribute("data-series"));
        assertEquals(String.valueOf(chart.get("points").size()), place.getAttribute("data-points"));
        assertEquals(String.valueOf(chart.get("checkIns").size()), place.getAttribute("data-check-ins"));
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.chart.title", DEMOS),
                BROWSER.driver().findElement(By.id("capokr-chart-dialog-title")).getText());
        List<String> summary = BROWSER.texts("#capokr-chart-dialog .capokr-chart-summary th");
        assertEquals(3, summary.size());
        JsonNode last = chart.get("checkIns").get(chart.get("checkIns").size() - 1);
        assertTrue(String.join(" ", BROWSER.texts("#capokr-chart-dialog .capokr-chart-summary td")),
                String.join(" ", BROWSER.texts("#capokr-chart-dialog .capokr-chart-summary td")).contains(last.get("note").asText()));

        WebElement over = place.findElement(By.cssSelector(".u-over"));
        new Actions(BROWSER.driver()).moveToElement(over, 0, 0).perform();
        BROWSER.waiting().until(driver -> !driver.findElement(By.cssSelector(".capokr-chart-hover")).getText().isBlank());
        BROWSER.screenshot("kr-chart");
    }

    @Test
    public void anObjectivesChartDrawsItsWeightedProgressAgainstTheExpectedOne() {
        BROWSER.logInAs("outsider");
        BROWSER.openProject("MKT", null);
        WebElement objective = BROWSER.driver().findElements(By.cssSelector(".capokr-objective")).get(0);
        long id = Long.parseLong(objective.getAttribute("data-objective-id"));
        JsonNode chart = SANDBOX.http().get(REST + "/objectives/" + id + "/chart", "outsider").json();
        assertTrue("the sample objective has a history", chart.get("points").size() > 1);

        objective.findElement(By.cssSelector("[data-action='objective-chart']")).click();
        WebElement place = BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));

        assertEquals(1, place.findElements(By.cssSelector("canvas")).size());
        assertEquals("progress and expected: an objective has no check-ins of its own", "2", place.getAttribute("data-series"));
        assertEquals(String.valueOf(chart.get("points").size()), place.getAttribute("data-points"));
        assertEquals("progress and expected, no check-in row", 2,
                BROWSER.texts("#capokr-chart-dialog .capokr-chart-summary th").size());
        BROWSER.driver().findElement(By.cssSelector("#capokr-chart-dialog .capokr-chart-close")).click();
    }

    @Test
    public void theProjectsChartDrawsTheMeanOfItsObjectives() {
        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", null);
        String cycle = BROWSER.driver().findElement(By.id("capokr-project-page")).getAttribute("data-cycle-id");
        JsonNode chart = SANDBOX.http().get(REST + "/projects/MKT/chart?cycleId=" + cycle, "member").json();
        assertTrue(chart.get("points").size() > 1);

        BROWSER.driver().findElement(By.cssSelector("[data-action='project-chart']")).click();
        WebElement place = BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));

        assertEquals("2", place.getAttribute("data-series"));
        assertEquals(String.valueOf(chart.get("points").size()), place.getAttribute("data-points"));
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.chart.title", "Marketing"),
                BROWSER.driver().findElement(By.id("capokr-chart-dialog-title")).getText());
        BROWSER.driver().findElement(By.cssSelector("#capokr-chart-dialog .capokr-chart-close")).click();
    }

    @Test
    public void aCompanyObjectivesChartOpensFromTheCompanyPage() {
        BROWSER.logInAs("member");
        BROWSER.driver().get(SANDBOX.uri("/okrs").toString());
        BROWSER.waiting().until(driver -> !driver.findElements(
                By.cssSelector("#capokr-company-page[data-capokr-ready='true']")).isEmpty());
        WebElement objective = BROWSER.driver().findElements(By.cssSelector(".capokr-company-objective")).get(0);
        long id = Long.parseLong(objective.getAttribute("data-objective-id"));
        JsonNode chart = SANDBOX.http().get(REST + "/objectives/" + id + "/chart", "member").json();

        objective.findElement(By.cssSelector("[data-action='objective-chart']")).click();
        WebElement place = BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));

        assertEquals("2", place.getAttribute("data-series"));
        assertEquals(String.valueOf(chart.get("points").size()), place.getAttribute("data-points"));
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.chart.title", chart.get("title").asText()),
                BROWSER.driver().findElement(By.id("capokr-chart-dialog-title")).getText());
    }

    /** The company page's own chart: one line per company objective, as many as the API gives, in the page's order. */
    @Test
    public void theCompanyChartDrawsOneLinePerCompanyObjective() throws Exception {
        BROWSER.logInAs("member");
        BROWSER.driver().get(SANDBOX.uri("/okrs").toString());
        BROWSER.waiting().until(driver -> !driver.findElements(
                By.cssSelector("#capokr-company-page[data-capokr-ready='true']")).isEmpty());
        String cycle = BROWSER.driver().findElement(By.id("capokr-company-page")).getAttribute("data-cycle-id");
        JsonNode chart = SANDBOX.http().get(REST + "/company/chart?cycleId=" + cycle, "member").json();
        List<String> titles = new java.util.ArrayList<>();
        int points = 0;
        for (JsonNode objective : chart.get("objectives")) {
            titles.add(objective.get("title").asText());
            points += objective.get("points").size();
        }
        assertTrue("the sample's company objectives", titles.size() >= 2);
        assertEquals("in the page's order", BROWSER.texts(".capokr-company-objective .capokr-objective-title h2"), titles);

        BROWSER.driver().findElement(By.cssSelector("[data-action='company-chart']")).click();
        WebElement place = BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));

        assertEquals(1, place.findElements(By.cssSelector("canvas")).size());
        assertEquals(String.valueOf(titles.size()), place.getAttribute("data-lines"));
        assertEquals("a line per objective, and expected", String.valueOf(titles.size() + 1), place.getAttribute("data-series"));
        assertEquals(String.valueOf(points), place.getAttribute("data-points"));
        assertTrue(BROWSER.texts("#capokr-chart-dialog .u-legend .u-label").containsAll(titles));
        assertEquals("a row per objective, and expected", titles.size() + 1,
                BROWSER.texts("#capokr-chart-dialog .capokr-chart-summary th").size());
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.chart.company.title"),
                BROWSER.driver().findElement(By.id("capokr-chart-dialog-title")).getText());
        new Actions(BROWSER.driver()).moveToElement(place.findElement(By.cssSelector(".u-over"))).perform();
        BROWSER.waiting().until(driver -> !driver.findElement(By.cssSelector(".capokr-chart-hover")).getText().isBlank());
        BROWSER.screenshot("company-chart");
        BROWSER.driver().findElement(By.cssSelector("#capokr-chart-dialog .capokr-chart-close")).click();
    }

    @Test
    public void theChartSpeaksFrench() {
        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", "lang=fr");
        try {
            keyResult(DEMOS).findElement(By.cssSelector("[data-action='chart']")).click();
            BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));
            assertTrue(BROWSER.texts("#capokr-chart-dialog .u-legend .u-label").contains(
                    SandboxHttp.pluginText(Locale.FRENCH, "capokr.chart.expected")));
        } finally {
            BROWSER.openProject("MKT", "lang=en");
        }
    }

    /**
     * Jira's dark theme, as Jira sets it: AUI's design-tokens API loads Atlassian's dark token values onto the page.
     * The chart then takes its colours from those tokens (the canvas holds the dark theme's brand colour and none of
     * the light fallback), and the dialog is dark. Saves sandbox/target/screenshots/kr-chart-dark.png.
     */
    @Test
    public void theChartFollowsJirasDarkTheme() throws Exception {
        BROWSER.logInAs("lead");
        BROWSER.openProject("MKT", null);
        Object applied = ((JavascriptExecutor) BROWSER.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var script = document.createElement('script');"
                        + "script.src = '/sandbox-static/aui/aui-prototyping-design-tokens-api-full.js';"
                        + "script.onload = function () {"
                        + "  Promise.resolve(AJS.DesignTokens.setGlobalTheme({colorMode: 'dark', dark: 'dark', light: 'light'}))"
                        + "    .then(function () { done(getComputedStyle(document.documentElement)"
                        + "      .getPropertyValue('--ds-chart-brand').trim()); }, function (e) { done('failed: ' + e); });"
                        + "};"
                        + "document.head.appendChild(script);");
        String darkBrand = String.valueOf(applied);
        assertTrue("the dark theme's brand colour, not the light one: " + darkBrand,
                darkBrand.startsWith("#") && !darkBrand.equalsIgnoreCase("#1d7afc"));
        try {
            keyResult(DEMOS).findElement(By.cssSelector("[data-action='chart']")).click();
            BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));
            assertTrue("the progress line is drawn in the theme's colour", pixelsOfColour(darkBrand) > 50);
            assertEquals("and never in the light fallback", 0, pixelsOfColour("#1d7afc"));
            BROWSER.screenshot("kr-chart-dark");
        } finally {
            BROWSER.openProject("MKT", null);
        }
    }

    /** How many of the chart canvas's pixels are this colour (within a few units, for antialiasing). */
    private static long pixelsOfColour(String hex) {
        Object count = BROWSER.script(
                "var canvas = document.querySelector('#capokr-chart-dialog .capokr-chart canvas');"
                        + "var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                        + "var r = parseInt(arguments[0].substr(1, 2), 16), g = parseInt(arguments[0].substr(3, 2), 16),"
                        + "    b = parseInt(arguments[0].substr(5, 2), 16), n = 0;"
                        + "for (var i = 0; i < data.length; i += 4) {"
                        + "  if (data[i + 3] > 200 && Math.abs(data[i] - r) < 4 && Math.abs(data[i + 1] - g) < 4"
                        + "      && Math.abs(data[i + 2] - b) < 4) { n++; }"
                        + "}"
                        + "return n;", hex);
        return ((Number) count).longValue();
    }

    private static WebElement keyResult(String title) {
        return BROWSER.driver().findElements(By.cssSelector(".capokr-key-result")).stream()
                .filter(element -> element.findElement(By.cssSelector(".capokr-kr-name")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("No key result " + title));
    }
}
