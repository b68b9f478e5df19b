package io.capokr.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox's API reference page, {@code /rest-docs}, in a real browser: Swagger UI reads the document the app
 * serves, lists one entry per documented operation, and "Try it out" calls the sandbox as the logged-in user.
 * Saves sandbox/target/screenshots/rest-docs.png.
 */
public class ApiReferenceBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @Test
    public void listsEveryOperationAndTriesOneAsTheLoggedInUser() throws Exception {
        JsonNode document = SANDBOX.http().get(SandboxHttp.REST + "/openapi.json", "member").json();
        int operations = 0;
        for (JsonNode path : document.get("paths")) {
            operations += path.size();
        }

        BROWSER.logInAs("member");
        BROWSER.driver().get(SANDBOX.uri("/rest-docs").toString());
        WebDriverWait wait = new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20));
        int expected = operations;
        wait.until(driver -> driver.findElements(By.cssSelector("#capokr-rest-docs .opblock")).size() == expected);
        assertTrue(BROWSER.driver().findElement(By.cssSelector("#capokr-rest-docs .info .title")).getText()
                .startsWith("Cap OKR for Jira"));
        BROWSER.screenshot("rest-docs");

        WebElement listCycles = BROWSER.driver().findElement(By.id("operations-Cycles-cycleList"));
        listCycles.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(driver -> listCycles.findElements(By.cssSelector(".try-out__btn")).stream().findFirst().orElse(null)).click();
        listCycles.findElement(By.cssSelector(".execute")).click();
        WebElement status = wait.until(driver -> {
            List<WebElement> found = listCycles.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertEquals("the call went through with the page's session", "200", status.getText().trim());
        String body = listCycles.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description pre")).getText();
        assertTrue(body, body.contains("\"2026 Q4\""));
    }

    @Test
    public void anonymousVisitorsAreSentToTheLoginPage() {
        BROWSER.driver().manage().deleteAllCookies();
        BROWSER.driver().get(SANDBOX.uri("/rest-docs").toString());
        assertTrue(BROWSER.driver().getCurrentUrl(), BROWSER.driver().getCurrentUrl().contains("/login"));
    }
}
