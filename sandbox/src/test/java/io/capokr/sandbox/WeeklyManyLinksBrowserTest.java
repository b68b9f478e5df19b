package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;

/**
 * A week in which an import linked more issues than a meeting reads: "This week" lists the newest 50 and says how many
 * more there are, in the reader's language. Saves sandbox/target/screenshots/weekly-many-links.png.
 */
public class WeeklyManyLinksBrowserTest {

    private static final int IMPORTED = 60;
    private static final RunningSandbox SANDBOX = new RunningSandbox(
            options -> options.withLoad(new SandboxOptions.Load(1, IMPORTED)));
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @Test
    public void theNewestFiftyAreListedAndTheRestCounted() throws Exception {
        SandboxHttp http = SANDBOX.http();
        JsonNode page = http.get(REST + "/projects/MKT/okrs", "lead").json();
        long cycle = page.get("cycle").get("id").asLong();
        long objective = http.postJson(REST + "/objectives", "lead", "{\"cycleId\":" + cycle
                + ",\"projectKey\":\"MKT\",\"title\":\"Move the backlog in\"}").json().get("id").asLong();
        long keyResult = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Imported work done\",\"measure\":\"ISSUES\"}").json().get("id").asLong();
        String keys = IntStream.rangeClosed(1, IMPORTED).mapToObj(n -> "\"LOAD1-" + n + "\"").collect(Collectors.joining(","));
        assertEquals(200, http.postJson(REST + "/keyresults/" + keyResult + "/issues", "lead",
                "{\"issueKeys\":[" + keys + "]}").status());

        JsonNode week = http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "member").json();
        assertEquals(50, week.get("linksAdded").size());
        int more = week.get("moreLinksAdded").asInt();
        assertTrue("at least the imported issues beyond 50: " + more, more >= IMPORTED - 50);

        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            BROWSER.logInAs("member");
            BROWSER.openProject("MKT", "cycle=" + cycle + "&lang=" + locale.getLanguage() + "#weekly");
            By moreLine = By.cssSelector(".capokr-weekly-links .capokr-weekly-more");
            BROWSER.visible(moreLine);
            assertEquals(SandboxHttp.pluginText(locale, "capokr.weekly.moreIssues", more),
                    BROWSER.driver().findElement(moreLine).getText());
            assertEquals(50, BROWSER.driver().findElements(By.cssSelector(".capokr-weekly-links .capokr-issue-key")).size());
            if (locale == Locale.ENGLISH) {
                BROWSER.script("arguments[0].scrollIntoView();", BROWSER.driver().findElement(moreLine));
                BROWSER.screenshot("weekly-many-links");
            }
        }
    }
}
