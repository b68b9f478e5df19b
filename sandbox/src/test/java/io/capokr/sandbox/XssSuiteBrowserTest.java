package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The XSS suite (issue 11): every payload below is stored, through the REST API as a user would, in every text
 * field a page renders (cycle names, objective titles and descriptions, key-result titles, check-in notes,
 * preparation priorities, meeting decisions and actions, review texts, company objectives, issue summaries), then
 * every page is loaded in a real browser as two users. A payload that runs sets {@code window.__xss}; one that
 * injects markup leaves an element carrying {@code data-xss} (or an event handler or a javascript: URL naming
 * {@code __xss}). Nothing may run, nothing may be injected, and every payload reads back through REST exactly as
 * stored. Each page's own sandbox (one per test class), so the seeded text troubles no other test.
 */
public class XssSuiteBrowserTest {

    /** Tags, event handlers, javascript: URLs, attribute breakouts, template syntax, unicode and encoding tricks. */
    static final List<String> PAYLOADS = List.of(
            "<script data-xss>window.__xss=1</script>",
            "<img data-xss src=x onerror=\"window.__xss=2\">",
            "\"><img data-xss src=x onerror=window.__xss=3>",
            "'><svg data-xss onload=window.__xss=4>",
            "<svg data-xss><script>window.__xss=5</script></svg>",
            "<iframe data-xss src=\"javascript:parent.__xss=6\"></iframe>",
            "javascript:window.__xss=7",
            "<a data-xss href=\"javascript:window.__xss=8\">open</a>",
            "<body data-xss onload=window.__xss=9>",
            "<details data-xss open ontoggle=window.__xss=10>",
            "<input data-xss autofocus onfocus=window.__xss=11>",
            "<math data-xss><mtext><img src=x onerror=window.__xss=12></mtext></math>",
            "\" onmouseover=\"window.__xss=13\" data-xss=\"",
            "' onfocus='window.__xss=14' data-xss='",
            "</textarea><img data-xss src=x onerror=window.__xss=15>",
            "</title><img data-xss src=x onerror=window.__xss=16>",
            "$x ${x} $!texts.get('capokr.admin.title') #set($y = 17) #if(true)velocity#end",
            "{{constructor.constructor('window.__xss=18')()}}",
            "<%= 7*7 %> #{7*7} ${{7*7}} [[${7*7}]] 19",
            "<style data-xss>*{background:url(\"javascript:window.__xss=20\")}</style>",
            "<object data-xss data=\"javascript:window.__xss=21\"></object>",
            "<embed data-xss src=\"javascript:window.__xss=22\">",
            "<marquee data-xss onstart=window.__xss=23>23</marquee>",
            "<video data-xss><source onerror=\"window.__xss=24\"></video>",
            "\uFF1Cimg data-xss src=x onerror=window.__xss=25\uFF1E",
            "\\u003cimg data-xss src=x onerror=window.__xss=26\\u003e",
            "<img data-xss src=x onerror=&#119;indow.__xss=27>",
            "%3Cimg data-xss src=x onerror=window.__xss=28%3E",
            "<IMG DATA-XSS SRC=x ONERROR=window.__xss=29>",
            "<img/data-xss/src=x/onerror=window.__xss=30>",
            "\u202E<img data-xss src=x onerror=window.__xss=31> \u200Bzero\u200Dwidth",
            "<scr<script>ipt data-xss>window.__xss=32</script>",
            "<base data-xss href=\"javascript:window.__xss=33//\">",
            "<form data-xss><button formaction=javascript:window.__xss=34>34</button></form>",
            "<noscript><p title=\"</noscript><img data-xss src=x onerror=window.__xss=35>\">",
            "`${window.__xss=36}` ' \" \\ </script> <!-- 36 -->");

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    private static long cycle;
    /** A closed cycle whose grade reasons and end-of-cycle learnings are the payloads. */
    private static long closedCycle;
    private static long firstKeyResult;
    private static final List<String> SUMMARIES = new ArrayList<>();
    private static final List<Long> PAYLOAD_CYCLES = new ArrayList<>();
    /** A plan names at most 10 priorities: the payloads go ten by ten into the plans of these cycles. */
    private static final List<Long> PLAN_CYCLES = new ArrayList<>();

    @BeforeClass
    public static void everyTextFieldHoldsEveryPayload() {
        SandboxHttp http = SANDBOX.http();
        JsonNode okrs = http.get(REST + "/projects/MKT/okrs", "lead").json();
        cycle = okrs.get("cycle").get("id").asLong();
        String week = http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "lead").json().get("week").get("id").asText();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            PAYLOAD_CYCLES.add(created(http.postJson(REST + "/cycles", "admin", JSON.createObjectNode().put("name", payload)
                    .put("startDate", (2050 + i) + "-01-01").toString())).get("id").asLong());
            long objective = created(http.postJson(REST + "/objectives", "lead", JSON.createObjectNode()
                    .put("cycleId", cycle).put("projectKey", "MKT").put("title", payload).put("description", payload)
                    .toString())).get("id").asLong();
            long keyResult = created(http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                    JSON.createObjectNode().put("title", payload).put("measure", "METRIC").put("start", 0)
                            .put("target", 10).put("unit", "u").toString())).get("id").asLong();
            if (i == 0) {
                firstKeyResult = keyResult;
            }
            created(http.postJson(REST + "/keyresults/" + keyResult + "/checkins", "member", JSON.createObjectNode()
                    .put("value", 1).put("confidence", "AT_RISK").put("note", payload).put("blocker", true).toString()));
            created(http.postJson(REST + "/objectives", "admin", JSON.createObjectNode().put("cycleId", cycle)
                    .put("title", payload).put("description", payload).toString()));
            ObjectNode item = JSON.createObjectNode().put("cycleId", cycle).put("week", week).put("title", payload);
            if (i % 2 == 0) {
                item.put("kind", "DECISION");
            } else {
                item.put("kind", "ACTION").put("ownerKey", "member");
            }
            created(http.postJson(REST + "/projects/MKT/meeting-items", "lead", item.toString()));
        }
        for (int from = 0; from < PAYLOADS.size(); from += 10) {
            long planCycle = from == 0 ? cycle : PAYLOAD_CYCLES.get(from);
            PLAN_CYCLES.add(planCycle);
            ObjectNode plan = JSON.createObjectNode().put("cycleId", planCycle).put("version",
                    http.get(REST + "/projects/MKT/plan?cycleId=" + planCycle, "lead").json().get("version").asInt());
            ArrayNode priorities = plan.putArray("priorities");
            PAYLOADS.subList(from, Math.min(from + 10, PAYLOADS.size()))
                    .forEach(payload -> priorities.addObject().put("title", payload).put("ownerKey", "lead"));
            ok(http.putJson(REST + "/projects/MKT/plan", "lead", plan.toString()));
        }
        JsonNode reviews = http.get(REST + "/projects/MKT/reviews?cycleId=" + cycle, "lead").json();
        ok(http.putJson(REST + "/projects/MKT/reviews/MID_CYCLE", "lead", JSON.createObjectNode().put("cycleId", cycle)
                .put("version", midCycleVersion(reviews)).put("whatWorked", String.join("\n", PAYLOADS.subList(0, 18)))
                .put("whatToChange", String.join("\n", PAYLOADS.subList(18, PAYLOADS.size()))).toString()));
        // Issue summaries are Jira's text, edited in the tracker; linked, they show in the panel, the weekly view, search.
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String summary = PAYLOADS.get(i) + " summary " + i;
            ok(http.putJson(SANDBOX_REST + "/issues/MKT-" + i + "/summary", "lead",
                    JSON.createObjectNode().put("summary", summary).toString()));
            SUMMARIES.add(summary);
            keys.add("MKT-" + i);
        }
        ObjectNode link = JSON.createObjectNode();
        keys.forEach(link.putArray("issueKeys")::add);
        Reply linked = http.postJson(REST + "/keyresults/" + firstKeyResult + "/issues", "lead", link.toString());
        assertTrue(linked.toString(), linked.status() == 200);
        gradeReasonsAndLearningsHoldEveryPayload(http);
    }

    /** Grading and the end-of-cycle review are written once a cycle is closed: one such cycle, every payload in it. */
    private static void gradeReasonsAndLearningsHoldEveryPayload(SandboxHttp http) {
        closedCycle = http.createCycle("Graded with payloads", "2049-01-01", "2049-03-31").get("id").asLong();
        ok(http.postJson(REST + "/cycles/" + closedCycle + "/start", "admin", "{}"));
        long objective = created(http.postJson(REST + "/objectives", "lead", JSON.createObjectNode()
                .put("cycleId", closedCycle).put("projectKey", "MKT").put("title", "Graded").toString())).get("id").asLong();
        List<Long> keyResults = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            keyResults.add(created(http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                    JSON.createObjectNode().put("title", "Graded " + i).put("measure", "METRIC").put("start", 0)
                            .put("target", 10).put("unit", "u").toString())).get("id").asLong());
        }
        ok(http.postJson(REST + "/cycles/" + closedCycle + "/close", "admin", "{}"));
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String path = REST + "/keyresults/" + keyResults.get(i);
            int version = http.get(path, "lead").json().get("version").asInt();
            ok(http.putJson(path + "/grade", "lead", JSON.createObjectNode().put("grade", 0.5)
                    .put("reason", PAYLOADS.get(i)).put("version", version).toString()));
        }
        ok(http.putJson(REST + "/projects/MKT/reviews/END_OF_CYCLE", "lead", JSON.createObjectNode()
                .put("cycleId", closedCycle).put("whatWorked", String.join("\n", PAYLOADS.subList(0, 18)))
                .put("whatToChange", String.join("\n", PAYLOADS.subList(18, PAYLOADS.size())))
                .put("learnings", String.join("\n", PAYLOADS)).toString()));
    }

    @Test
    public void everyPayloadReadsBackThroughRestExactlyAsStored() {
        SandboxHttp http = SANDBOX.http();
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<String> keyResults = new ArrayList<>();
        for (JsonNode objective : http.get(REST + "/projects/MKT/okrs?cycleId=" + cycle, "lead").json().get("objectives")) {
            titles.add(objective.get("objective").get("title").asText());
            descriptions.add(objective.get("objective").get("description").asText());
            objective.get("keyResults").forEach(row -> keyResults.add(row.get("keyResult").get("title").asText()));
        }
        List<String> cycleNames = http.cycleNames();
        for (String payload : PAYLOADS) {
            assertTrue("objective title " + payload, titles.contains(payload));
            assertTrue("objective description " + payload, descriptions.contains(payload));
            assertTrue("key result title " + payload, keyResults.contains(payload));
            assertTrue("cycle name " + payload, cycleNames.contains(payload));
        }
        List<String> notes = new ArrayList<>();
        http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "lead").json().get("blockers")
                .forEach(blocker -> notes.add(blocker.get("checkIn").get("note").asText()));
        assertTrue(notes.toString(), notes.containsAll(PAYLOADS));
        List<String> priorities = new ArrayList<>();
        PLAN_CYCLES.forEach(planCycle -> http.get(REST + "/projects/MKT/plan?cycleId=" + planCycle, "lead").json()
                .get("priorities").forEach(priority -> priorities.add(priority.get("title").asText())));
        assertEquals(PAYLOADS, priorities);
        for (int i = 0; i < SUMMARIES.size(); i++) {
            assertEquals(SUMMARIES.get(i), http.get(SANDBOX_REST + "/issues/MKT-" + (i + 1), "lead").json().get("summary").asText());
        }
    }

    @Test
    public void theObjectivesViewRunsNothingAsALeadOrAMember() {
        for (String user : List.of("lead", "member")) {
            BROWSER.logInAs(user);
            BROWSER.openProject("MKT", "cycle=" + cycle);
            assertNothingRanOrWasInjected("objectives as " + user);
            assertTrue(BROWSER.texts(".capokr-objective-title h2").containsAll(PAYLOADS));
            // The other plans, each in its (planning) cycle's page, whose name is itself a payload.
            for (long planCycle : PLAN_CYCLES.subList(1, PLAN_CYCLES.size())) {
                BROWSER.openProject("MKT", "cycle=" + planCycle);
                assertNothingRanOrWasInjected("plan of cycle " + planCycle + " as " + user);
            }
        }
    }

    @Test
    public void theWeeklyViewRunsNothing() {
        for (String user : List.of("lead", "member")) {
            BROWSER.logInAs(user);
            BROWSER.openProject("MKT", "cycle=" + cycle + "#weekly");
            waitFor(() -> BROWSER.texts("#capokr-weekly-blockers .capokr-weekly-blocker").size() >= PAYLOADS.size());
            assertNothingRanOrWasInjected("weekly as " + user);
            String page = BROWSER.driver().findElement(By.id("capokr-view-weekly")).getText();
            PAYLOADS.stream().filter(payload -> !payload.contains("\u202E")).forEach(payload ->
                    assertTrue("weekly shows " + payload, page.contains(payload.strip())));
        }
    }

    @Test
    public void theReviewsViewRunsNothing() {
        for (String user : List.of("lead", "member")) {
            BROWSER.logInAs(user);
            BROWSER.openProject("MKT", "cycle=" + cycle + "#reviews");
            BROWSER.waiting().until(driver -> !driver.findElements(
                    By.cssSelector("#capokr-view-reviews[data-rendered='true']")).isEmpty());
            assertNothingRanOrWasInjected("reviews as " + user);
        }
    }

    /** The closed cycle's grades with their reasons, and its end-of-cycle review with its learnings. */
    @Test
    @SuppressWarnings("unchecked")
    public void gradeReasonsAndLearningsRunNothing() {
        for (String user : List.of("lead", "member")) {
            BROWSER.logInAs(user);
            BROWSER.openProject("MKT", "cycle=" + closedCycle + "#reviews");
            BROWSER.waiting().until(driver -> !driver.findElements(
                    By.cssSelector("#capokr-view-reviews[data-rendered='true']")).isEmpty());
            assertNothingRanOrWasInjected("grades and learnings as " + user);
            String shown = String.join(" ", BROWSER.texts("#capokr-view-reviews"))
                    + String.join(" ", (List<String>) BROWSER.script("return Array.from(document.querySelectorAll("
                    + "'#capokr-view-reviews textarea, #capokr-view-reviews input')).map(function (e) { return e.value; });"));
            assertTrue("every reason and the learnings, as text, as " + user,
                    PAYLOADS.stream().allMatch(shown::contains));
        }
        for (String user : List.of("admin", "member")) {
            BROWSER.logInAs(user);
            BROWSER.driver().get(SANDBOX.uri("/okrs?cycle=" + closedCycle).toString());
            BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#capokr-company-page[data-capokr-ready='true']")));
            waitFor(() -> String.join(" ", BROWSER.texts("#capokr-company-synthesis")).contains(PAYLOADS.get(2)));
            assertNothingRanOrWasInjected("the company's synthesis as " + user);
        }
    }

    @Test
    public void theCompanyPageRunsNothing() {
        for (String user : List.of("admin", "member")) {
            BROWSER.logInAs(user);
            BROWSER.driver().get(SANDBOX.uri("/okrs?cycle=" + cycle).toString());
            BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#capokr-company-page[data-capokr-ready='true']")));
            assertNothingRanOrWasInjected("company page as " + user);
            String page = BROWSER.driver().findElement(By.id("capokr-company-page")).getText();
            assertTrue(page.contains(PAYLOADS.get(1)));
            // The company chart writes every company objective's title: legend, hover line, table for screen readers.
            BROWSER.driver().findElement(By.cssSelector("[data-action='company-chart']")).click();
            BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));
            assertNothingRanOrWasInjected("company chart as " + user);
            assertTrue(BROWSER.texts("#capokr-chart-dialog .u-legend .u-label").containsAll(PAYLOADS));
            assertTrue(BROWSER.texts("#capokr-chart-dialog .capokr-chart-summary th").stream()
                    .anyMatch(heading -> heading.contains(PAYLOADS.get(2))));
            BROWSER.driver().findElement(By.cssSelector("#capokr-chart-dialog .capokr-chart-close")).click();
        }
    }

    @Test
    public void theIssuePanelAndTheIssueSearchRunNothing() {
        for (String user : List.of("lead", "member")) {
            BROWSER.logInAs(user);
            for (int i = 1; i <= 3; i++) {
                BROWSER.driver().get(SANDBOX.uri("/browse/MKT-" + i).toString());
                BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state='ready']")));
                assertNothingRanOrWasInjected("issue page MKT-" + i + " as " + user);
                assertTrue(BROWSER.driver().findElement(By.tagName("body")).getText().contains(PAYLOADS.get(0)));
            }
            BROWSER.driver().get(SANDBOX.uri("/issues/?jql=issue+in+keyResultIssues(" + firstKeyResult + ")").toString());
            assertNothingRanOrWasInjected("issue search as " + user);
            String found = BROWSER.driver().findElement(By.tagName("body")).getText();
            for (int i = 0; i < SUMMARIES.size(); i++) {
                boolean visible = SANDBOX.http().get(SANDBOX_REST + "/issues/MKT-" + (i + 1), user).status() == 200;
                String summary = SUMMARIES.get(i);
                if (!summary.contains("\u202E")) {
                    assertEquals("search shows " + summary + " to " + user + " if they may see it", visible, found.contains(summary));
                }
            }
        }
    }

    /** Each payload key result's chart: its title in the dialog's, its check-in's note in the table for screen readers. */
    @Test
    public void theChartDialogRunsNothing() {
        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", "cycle=" + cycle);
        int opened = 0;
        for (WebElement row : BROWSER.driver().findElements(By.cssSelector(".capokr-key-result"))) {
            String title = row.findElement(By.cssSelector(".capokr-kr-name")).getAttribute("textContent").trim();
            if (!PAYLOADS.contains(title)) {
                continue;
            }
            row.findElement(By.cssSelector("[data-action='chart']")).click();
            BROWSER.visible(By.cssSelector("#capokr-chart-dialog .capokr-chart[data-drawn='true']"));
            assertNothingRanOrWasInjected("the chart of " + title);
            assertTrue(title, BROWSER.driver().findElement(By.id("capokr-chart-dialog-title"))
                    .getAttribute("textContent").contains(title));
            assertTrue("the note, as text: " + title, String.join(" ",
                    BROWSER.texts("#capokr-chart-dialog .capokr-chart-summary td")).contains(title));
            BROWSER.driver().findElement(By.cssSelector("#capokr-chart-dialog .capokr-chart-close")).click();
            BROWSER.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("capokr-chart-dialog")));
            opened++;
        }
        assertEquals("every payload's chart", PAYLOADS.size(), opened);
    }

    @Test
    public void theSuiteSeesAPayloadThatWouldRunOrBeInjected() {
        BROWSER.logInAs("member");
        BROWSER.openProject("MKT", "cycle=" + cycle);
        // What a page writing user text as HTML would do: the oracle must catch both the run and the element.
        BROWSER.script("document.body.insertAdjacentHTML('beforeend', arguments[0]);", PAYLOADS.get(1));
        BROWSER.waiting().until(driver -> BROWSER.script("return window.__xss;") != null);
        assertEquals(2L, BROWSER.script("return window.__xss;"));
        assertTrue(injected(), injected().startsWith("<img data-xss"));
    }

    /** No payload ran; no element, handler or javascript: URL a payload carries is in the page. */
    private static void assertNothingRanOrWasInjected(String where) {
        assertNull(where + ": a payload ran", BROWSER.script("return window.__xss;"));
        assertEquals(where + ": injected", "", injected());
    }

    /** What payloads left in the page as markup: elements, event handlers, javascript: URLs. */
    private static String injected() {
        return (String) BROWSER.script(
                "var found = [];"
                + "document.querySelectorAll('*').forEach(function (element) {"
                + "  if (element.hasAttribute('data-xss')) { found.push(element.outerHTML.slice(0, 80)); return; }"
                + "  for (var i = 0; i < element.attributes.length; i++) {"
                + "    var name = element.attributes[i].name.toLowerCase(), value = element.attributes[i].value;"
                + "    var handler = name.indexOf('on') === 0 && value.indexOf('__xss') >= 0;"
                + "    var url = /^(href|src|action|formaction|data|xlink:href|background)$/.test(name)"
                + "        && /^\\s*javascript:/i.test(value);"
                + "    if (handler || url) { found.push(element.tagName + ' ' + name + '=' + value.slice(0, 60)); }"
                + "  }"
                + "});"
                + "return found.join(' | ');");
    }

    private static void waitFor(Supplier<Boolean> condition) {
        BROWSER.waiting().until(driver -> condition.get());
    }

    private static JsonNode created(Reply reply) {
        assertTrue(reply.toString(), reply.status() == 201 || reply.status() == 200);
        return reply.json();
    }

    private static void ok(Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
    }

    private static int midCycleVersion(JsonNode reviews) {
        for (JsonNode review : reviews.get("reviews")) {
            if ("MID_CYCLE".equals(review.get("kind").asText())) {
                return review.hasNonNull("review") ? review.get("review").get("version").asInt() : 0;
            }
        }
        return 0;
    }
}
