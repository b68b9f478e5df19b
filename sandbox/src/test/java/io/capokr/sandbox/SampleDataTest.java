package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.host.Clock;
import io.capokr.sandbox.SandboxHttp.Reply;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.host.SandboxClock;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A new sandbox opens on the seed's case: the cycles, company and project objectives aligned, key results of
 * every kind, forty issues, weeks of check-ins in the current quarter; and a restart does not seed it again.
 * What depends on today's date (which quarters, how many weeks fit in the current one) is worked out from
 * the date, so the test holds on any day.
 */
public class SampleDataTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final List<String> USERS = List.of("admin", "lead", "member", "outsider");

    private static SandboxHttp http() {
        return SANDBOX.http();
    }

    // ---------------------------------------------------------------- cycles

    @Test
    public void theCyclesAreThePreviousQuarterThisOneTheNextAndTheSeedsEachOnceWithoutOverlap() {
        LocalDate today = LocalDate.now();
        JsonNode cycles = http().get(REST + "/cycles?maxResults=200", "admin").json();
        List<JsonNode> values = list(cycles.get("values"));

        List<String> expected = SampleData.quarterStarts(today).stream().map(SampleData::quarterName).toList();
        List<String> names = new ArrayList<>(values.stream().map(cycle -> cycle.get("name").asText()).toList());
        java.util.Collections.reverse(names);
        assertEquals("oldest first", expected, names);
        assertEquals(1, names.stream().filter("2027 Q1"::equals).count());
        assertTrue(names.contains(SampleData.quarterName(SampleData.quarterStart(today))));
        for (int i = 0; i + 1 < values.size(); i++) {
            LocalDate laterStart = LocalDate.parse(values.get(i).get("startDate").asText());
            LocalDate earlierEnd = LocalDate.parse(values.get(i + 1).get("endDate").asText());
            assertTrue(values.toString(), earlierEnd.isBefore(laterStart));
        }
    }

    @Test
    public void quartersAreChosenSoThatTheSeedsCycleExistsOnce() {
        assertEquals(List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)),
                SampleData.quarterStarts(LocalDate.of(2026, 11, 26)));
        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)),
                SampleData.quarterStarts(LocalDate.of(2027, 2, 10)));
        assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 4, 1),
                LocalDate.of(2028, 7, 1)), SampleData.quarterStarts(LocalDate.of(2028, 5, 1)));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 1, 1)), SampleData.quarterStarts(LocalDate.of(2026, 6, 30)));
        assertEquals("2027 Q1", SampleData.quarterName(LocalDate.of(2027, 1, 1)));
    }

    @Test
    public void checkInWeeksStayInsideTheCurrentQuarter() {
        LocalDate quarter = LocalDate.of(2026, 10, 1);
        List<LocalDate> late = SampleData.checkInDays(LocalDate.of(2026, 11, 26), quarter);
        assertEquals(List.of(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23)), late);
        assertEquals(List.of(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13)),
                SampleData.checkInDays(LocalDate.of(2026, 10, 16), quarter));
        assertEquals(List.of(), SampleData.checkInDays(LocalDate.of(2026, 10, 2), quarter));
    }

    // ---------------------------------------------------------------- objectives and key results

    @Test
    public void eachProjectHasItsTwoObjectivesAlignedToTheCompanyObjectives() {
        JsonNode marketing = okrs("MKT", "lead", null);
        JsonNode sales = okrs("SALES", "admin", null);
        String currentQuarter = SampleData.quarterName(SampleData.quarterStart(LocalDate.now()));
        assertEquals(currentQuarter, marketing.get("cycle").get("name").asText());
        assertEquals(currentQuarter, sales.get("cycle").get("name").asText());

        Map<Long, String> company = new HashMap<>();
        for (JsonNode project : List.of(marketing, sales)) {
            for (JsonNode objective : project.get("alignedTo")) {
                assertTrue(objective.get("projectId").isNull());
                company.put(objective.get("id").asLong(), objective.get("title").asText());
            }
        }
        assertEquals(Set.of("Structure our growth", "Become the reference partner in our region"),
                new HashSet<>(company.values()));

        assertEquals(Map.of("Generate 300 qualified leads", "Structure our growth",
                        "Launch the new offer", "Become the reference partner in our region"),
                alignment(marketing, company));
        assertEquals(Map.of("Improve lead conversion", "Structure our growth",
                        "Stabilize customer recurrence", "Become the reference partner in our region"),
                alignment(sales, company));
    }

    @Test
    public void keyResultsOfEveryKindWithOwnersAmongTheSampleUsersAndProgressNotAllZero() {
        Set<String> kinds = new HashSet<>();
        List<Double> progress = new ArrayList<>();
        for (JsonNode project : List.of(okrs("MKT", "lead", null), okrs("SALES", "admin", null))) {
            for (JsonNode objective : project.get("objectives")) {
                assertTrue(USERS.contains(objective.get("objective").get("ownerKey").asText()));
                progress.add(objective.get("progress").asDouble());
                assertTrue(objective.toString(), objective.get("keyResults").size() >= 2);
                for (JsonNode row : objective.get("keyResults")) {
                    JsonNode keyResult = row.get("keyResult");
                    assertTrue(USERS.contains(keyResult.get("ownerKey").asText()));
                    String measure = keyResult.get("measure").asText();
                    kinds.add(measure.equals("ISSUES") ? "ISSUES/" + keyResult.get("weighting").asText()
                            : measure.equals("METRIC") ? "METRIC/" + keyResult.get("direction").asText() : measure);
                    if (measure.equals("METRIC")) {
                        assertFalse(keyResult.get("unit").asText().isBlank());
                    }
                    if (measure.equals("ISSUES")) {
                        assertFalse(row.toString(), row.get("noInitiatives").asBoolean());
                    }
                    progress.add(row.get("progress").asDouble());
                    assertNotNull(row.toString(), row.get("confidence").textValue());
                }
            }
        }
        assertTrue(kinds.toString(), kinds.containsAll(Set.of("METRIC/INCREASE", "METRIC/DECREASE", "MILESTONE",
                "ISSUES/COUNT", "ISSUES/STORY_POINTS")));
        assertTrue(progress.toString(), progress.stream().anyMatch(value -> value > 0));
        assertTrue(progress.toString(), progress.stream().anyMatch(value -> value > 0 && value < 1));
    }

    @Test
    public void theMemberSeesTheRestrictedMkt6OnlyAsACount() {
        long keyResultId = keyResultId(okrs("MKT", "member", null), "Ship the lead-generation campaigns");

        Reply page = http().get(REST + "/keyresults/" + keyResultId + "/issues?maxResults=200", "member");

        assertEquals(page.toString(), 200, page.status());
        assertEquals(1, page.json().get("restricted").asInt());
        assertFalse(page.body(), page.body().contains("MKT-6") || page.body().contains("Audit SEO"));
        JsonNode asLead = http().get(REST + "/keyresults/" + keyResultId + "/issues?maxResults=200", "lead").json();
        assertEquals(0, asLead.get("restricted").asInt());
        assertTrue(asLead.toString(), list(asLead.get("values")).stream()
                .anyMatch(row -> row.get("issueKey").asText().equals("MKT-6")));
    }

    @Test
    public void theSeedsCycleHoldsTheSameObjectivesAsPlannedWhenItIsNotTheCurrentOne() {
        LocalDate today = LocalDate.now();
        if (SampleData.quarterStart(today).equals(SampleData.SEED_CYCLE_START)) {
            return; // then it is the current quarter, with the whole story
        }
        long seedCycle = list(http().get(REST + "/cycles?maxResults=200", "admin").json().get("values")).stream()
                .filter(cycle -> cycle.get("name").asText().equals("2027 Q1")).findFirst().orElseThrow()
                .get("id").asLong();
        JsonNode planned = okrs("MKT", "lead", seedCycle);
        assertEquals(List.of("Generate 300 qualified leads", "Launch the new offer"), titles(planned));
        assertEquals(2, planned.get("alignedTo").size());
        for (JsonNode objective : planned.get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                assertTrue(row.get("confidence").isNull());
            }
        }
    }

    // ---------------------------------------------------------------- issues

    @Test
    public void fortyIssuesInEveryStatusAllAsTheTrackerDefinesThemAfterSeeding() {
        JsonNode issues = http().get(SANDBOX_REST + "/issues", "admin").json();
        assertEquals(40, issues.get("issues").size());
        Set<String> statuses = new HashSet<>();
        for (JsonNode issue : issues.get("issues")) {
            statuses.add(issue.get("status").asText());
        }
        assertEquals(Set.of("To Do", "In Progress", "In Review", "Done", "Won't Do"), statuses);
        // The seeding moves issues to write their history; it leaves each as defined.
        assertEquals(new SampleTracker().issues(), SANDBOX.sandbox().tracker().issues());
    }

    // ---------------------------------------------------------------- check-ins and the clock

    @Test
    public void everyCurrentKeyResultHasWeeklyCheckInsInThePastWithNotes() {
        LocalDate today = LocalDate.now();
        LocalDate quarter = SampleData.quarterStart(today);
        List<LocalDate> expectedDays = SampleData.checkInDays(today, quarter);
        List<Long> keyResults = currentKeyResultIds();
        assertTrue(keyResults.toString(), keyResults.size() >= 12);

        Set<String> confidences = new HashSet<>();
        boolean blockerNamed = false;
        for (long keyResultId : keyResults) {
            JsonNode page = http().get(REST + "/keyresults/" + keyResultId + "/checkins?maxResults=200", "admin").json();
            List<JsonNode> checkIns = list(page.get("values"));
            if (expectedDays.isEmpty()) {
                assertEquals(1, checkIns.size());
                continue;
            }
            assertEquals(page.toString(), expectedDays.size(), checkIns.size());
            List<LocalDate> days = new ArrayList<>();
            for (JsonNode checkIn : checkIns) {
                Instant at = Instant.parse(checkIn.get("at").asText());
                assertTrue(at + " is in the past", at.isBefore(Instant.now()));
                days.add(0, LocalDate.ofInstant(at, ZoneId.systemDefault()));
                assertFalse(checkIn.get("note").asText().isBlank());
                confidences.add(checkIn.get("confidence").asText());
                boolean saysBlocker = checkIn.get("note").asText().contains(SampleData.BLOCKER);
                assertEquals(checkIn.toString(), saysBlocker, checkIn.get("blocker").asBoolean());
                blockerNamed |= saysBlocker;
            }
            assertEquals("newest first, one a week", expectedDays, days);
        }
        assertEquals(3, ChronoUnit.DAYS.between(expectedDays.get(expectedDays.size() - 1), today));
        if (expectedDays.size() == SampleData.WEEKS) {
            assertEquals("six weeks of check-ins", 35, ChronoUnit.DAYS.between(expectedDays.get(0),
                    expectedDays.get(expectedDays.size() - 1)));
            assertEquals(Set.of("ON_TRACK", "AT_RISK", "OFF_TRACK"), confidences);
            assertTrue(blockerNamed);
        }
    }

    @Test
    public void theClockIsBackOnSystemTimeAfterSeeding() {
        Clock clock = (Clock) SANDBOX.sandbox().beans().byId(Sandbox.CLOCK_BEAN);
        assertTrue(clock.getClass().getName(), clock instanceof SandboxClock);
        assertTrue(((SandboxClock) clock).followsSystem());
        assertTrue(Duration.between(clock.now(), Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0);
        assertEquals(LocalDate.now(), clock.today());
    }

    @Test
    public void aRestartOnTheSameDataDoesNotSeedAgain() throws Exception {
        int cycles = http().cycleCount();
        List<String> marketing = titles(okrs("MKT", "lead", null));
        List<Long> keyResults = currentKeyResultIds();
        long checkIns = totalCheckIns(keyResults);

        SANDBOX.restart();

        assertEquals(cycles, http().cycleCount());
        assertEquals(marketing, titles(okrs("MKT", "lead", null)));
        assertEquals(keyResults, currentKeyResultIds());
        assertEquals(checkIns, totalCheckIns(keyResults));
        assertEquals(1, list(http().get(REST + "/cycles?maxResults=200", "admin").json().get("values")).stream()
                .filter(cycle -> cycle.get("name").asText().equals("2027 Q1")).count());
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode okrs(String project, String user, Long cycleId) {
        Reply reply = http().get(REST + "/projects/" + project + "/okrs" + (cycleId == null ? "" : "?cycleId=" + cycleId), user);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static Map<String, String> alignment(JsonNode okrs, Map<Long, String> company) {
        Map<String, String> aligned = new HashMap<>();
        for (JsonNode row : okrs.get("objectives")) {
            JsonNode objective = row.get("objective");
            assertFalse(objective.toString(), objective.get("parentId").isNull());
            aligned.put(objective.get("title").asText(), company.get(objective.get("parentId").asLong()));
        }
        return aligned;
    }

    private static List<String> titles(JsonNode okrs) {
        return list(okrs.get("objectives")).stream().map(row -> row.get("objective").get("title").asText()).toList();
    }

    private static long keyResultId(JsonNode okrs, String title) {
        for (JsonNode objective : okrs.get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                if (row.get("keyResult").get("title").asText().equals(title)) {
                    return row.get("keyResult").get("id").asLong();
                }
            }
        }
        throw new AssertionError("No key result " + title + " in " + okrs);
    }

    // ---------------------------------------------------------------- the previous quarter, told to its end

    @Test
    public void thePreviousQuarterIsClosedGradedAndReviewedForTheSynthesis() {
        long previous = cycleId(SampleData.quarterName(SampleData.quarterStart(LocalDate.now()).minusMonths(3)));
        JsonNode cycle = http().get(REST + "/cycles/" + previous, "admin").json();
        assertEquals("CLOSED", cycle.get("state").asText());

        JsonNode synthesis = http().get(REST + "/projects/MKT/synthesis?cycleId=" + previous, "member").json();
        List<JsonNode> keyResults = new ArrayList<>();
        for (JsonNode objective : synthesis.get("objectives")) {
            assertFalse(objective.toString(), objective.get("grade").isNull());
            objective.get("keyResults").forEach(keyResults::add);
        }
        assertEquals(4, keyResults.size());
        for (JsonNode keyResult : keyResults) {
            assertFalse("every key result is graded: " + keyResult, keyResult.get("grade").isNull());
        }
        JsonNode reasoned = keyResults.stream().filter(kr -> kr.get("title").asText().equals(PreviousQuarter.OFFER_PAGE))
                .findFirst().orElseThrow();
        assertEquals(0.3, reasoned.get("grade").asDouble(), 1e-9);
        assertEquals(0.0, reasoned.get("suggestedGrade").asDouble(), 1e-9);
        assertFalse(reasoned.get("reason").asText().isBlank());

        assertTrue(synthesis.get("endOfCycle").get("learnings").asText().startsWith("Measure first"));
        List<String> adjustments = new ArrayList<>();
        synthesis.get("midCycle").get("adjustments").forEach(adjustment -> adjustments.add(adjustment.get("field").asText()
                + " " + adjustment.get("oldValue").asText() + " -> " + adjustment.get("newValue").asText()));
        assertEquals(List.of("TARGET 200 -> 150", "TITLE Bring in 200 marketing-qualified leads -> "
                + PreviousQuarter.LEADS_AFTER_REVIEW), adjustments);

        JsonNode company = http().get(REST + "/company/synthesis?cycleId=" + previous, "admin").json();
        assertEquals(2, company.get("projects").size());
    }

    @Test
    public void theUnfinishedOfferPageWasCarriedOverIntoThisQuarterAndTheRestDropped() {
        long previous = cycleId(SampleData.quarterName(SampleData.quarterStart(LocalDate.now()).minusMonths(3)));
        JsonNode unfinished = http().get(REST + "/cycles/" + previous + "/unfinished", "admin").json();
        Map<String, String> outcomes = new HashMap<>();
        unfinished.get("keyResults").forEach(kr -> outcomes.put(kr.get("title").asText(), kr.get("outcome").asText()));
        assertEquals(Map.of(PreviousQuarter.OFFER_PAGE, "CARRIED", PreviousQuarter.LEADS_AFTER_REVIEW, "DROPPED",
                "Answer inbound leads within 24 hours, from 60 % to 95 %", "DROPPED"), outcomes);
        assertEquals(0, unfinished.get("undecided").asInt());

        JsonNode carried = list(unfinished.get("keyResults")).stream()
                .filter(kr -> kr.get("outcome").asText().equals("CARRIED")).findFirst().orElseThrow();
        long copy = carried.get("carriedTo").get("keyResultId").asLong();
        assertTrue("the copy is one of this quarter's key results", currentKeyResultIds().contains(copy));
        // The story goes on with the copy: it is the milestone this quarter reached in its third week.
        JsonNode marketing = okrs("MKT", "lead", null);
        assertEquals(List.of("Generate 300 qualified leads", "Launch the new offer"),
                list(marketing.get("objectives")).stream().map(o -> o.get("objective").get("title").asText()).toList());
    }

    @Test
    public void plansAndTheWeeklyMeetingHaveSomethingToShow() {
        long current = cycleId(SampleData.quarterName(SampleData.quarterStart(LocalDate.now())));
        JsonNode plan = http().get(REST + "/projects/MKT/plan?cycleId=" + current, "member").json();
        assertEquals(SampleData.CURRENT_MARKETING_PLAN.size(), plan.get("priorities").size());
        JsonNode weekly = http().get(REST + "/projects/MKT/weekly?cycleId=" + current, "member").json();
        if (SampleData.checkInDays(LocalDate.now(), SampleData.quarterStart(LocalDate.now())).size() >= 2) {
            assertTrue(weekly.toString(), weekly.get("meetingItems").size() >= 1);
        }
    }

    private static long cycleId(String name) {
        JsonNode cycles = http().get(REST + "/cycles?maxResults=200", "admin").json();
        return list(cycles.get("values")).stream().filter(cycle -> cycle.get("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " in " + cycles)).get("id").asLong();
    }

    /** The current quarter's key results: the two projects' and the company objectives'. */
    private static List<Long> currentKeyResultIds() {
        List<Long> ids = new ArrayList<>();
        JsonNode marketing = okrs("MKT", "admin", null);
        for (JsonNode project : List.of(marketing, okrs("SALES", "admin", null))) {
            for (JsonNode objective : project.get("objectives")) {
                for (JsonNode row : objective.get("keyResults")) {
                    ids.add(row.get("keyResult").get("id").asLong());
                }
            }
        }
        for (JsonNode company : marketing.get("alignedTo")) {
            JsonNode keyResults = http().get(REST + "/objectives/" + company.get("id").asLong() + "/keyresults", "admin")
                    .json();
            assertTrue(keyResults.toString(), keyResults.size() >= 2);
            for (JsonNode keyResult : keyResults) {
                ids.add(keyResult.get("id").asLong());
            }
        }
        return ids;
    }

    private static long totalCheckIns(List<Long> keyResults) {
        long total = 0;
        for (long id : keyResults) {
            total += http().get(REST + "/keyresults/" + id + "/checkins", "admin").json().get("total").asLong();
        }
        return total;
    }

    private static List<JsonNode> list(JsonNode array) {
        assertNotNull(array);
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
