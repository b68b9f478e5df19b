package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import io.capokr.sandbox.SandboxHttp.Reply;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The CSV exports over HTTP: a project's key results and check-ins of a cycle, parsed back with Commons CSV. UTF-8
 * with a byte-order mark, headers in the reader's language, formulas neutralised, only for who may browse the project.
 */
public class ExportRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static long cycle;

    @BeforeClass
    public static void someOkrsWithHostileTexts() {
        SandboxHttp http = SANDBOX.http();
        cycle = http.createCycle("Export =cycle", "2044-01-01", "2044-03-31").get("id").asLong();
        long objective = http.postJson(REST + "/objectives", "lead", "{\"cycleId\":" + cycle
                + ",\"projectKey\":\"MKT\",\"title\":\"=HYPERLINK(\\\"http://evil\\\")\"}").json().get("id").asLong();
        long leads = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"+SUM(A1:A9) leads, « élan »\",\"measure\":\"METRIC\",\"start\":0,\"target\":200,\"unit\":\"leads\"}")
                .json().get("id").asLong();
        http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead", "{\"title\":\"Ship\",\"measure\":\"ISSUES\"}");
        assertEquals(201, http.postJson(REST + "/keyresults/" + leads + "/checkins", "member",
                "{\"value\":50,\"confidence\":\"AT_RISK\",\"note\":\"@SUM(1) -3 since Monday, \\\"quoted\\\"\",\"blocker\":true}").status());
        assertEquals(201, http.postJson(REST + "/keyresults/" + leads + "/checkins", "lead",
                "{\"value\":80,\"confidence\":\"ON_TRACK\"}").status());
    }

    @Test
    public void keyResultsExportOneRowEachWithThePagesFiguresAndNoFormula() throws IOException {
        Reply reply = SANDBOX.http().get(REST + "/projects/MKT/export/keyresults.csv?cycleId=" + cycle, "member");

        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.header("Content-Type").orElse(""), reply.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(reply.header("Content-Disposition").orElse(""),
                reply.header("Content-Disposition").orElse("").startsWith("attachment; filename=\"MKT-Export-cycle-key-results.csv\""));
        assertTrue("a byte-order mark first", reply.body().startsWith("\uFEFF"));
        List<CSVRecord> rows = parse(reply.body());
        assertEquals(List.of("Project", "Cycle", "Objective", "Objective type", "Key result", "Owner", "Measured by", "Unit",
                "Start", "Target", "Current", "Progress", "Expected progress", "Health", "Confidence", "Grade", "Issues done",
                "Issues in progress", "Issues to do"), rows.get(0).toList());
        assertEquals("a header and two key results", 3, rows.size());
        CSVRecord leads = rows.get(1);
        assertEquals("MKT", leads.get(0));
        assertEquals("only a text that starts like a formula is changed", "Export =cycle", leads.get(1));
        assertEquals("'=HYPERLINK(\"http://evil\")", leads.get(2));
        assertEquals("'+SUM(A1:A9) leads, « élan »", leads.get(4));
        assertEquals(List.of("A number", "leads", "0", "200", "80", "0.4"), leads.toList().subList(6, 12));
        assertEquals("Luc Lead", leads.get(5));
        assertEquals(List.of("Linked Jira issues", "", "", "", "", "0"), rows.get(2).toList().subList(6, 12));
    }

    @Test
    public void checkInsExportOneRowEachOldestFirstWithTheirNotesAsText() throws IOException {
        Reply reply = SANDBOX.http().get(REST + "/projects/MKT/export/checkins.csv?cycleId=" + cycle, "outsider");

        assertEquals(reply.toString(), 200, reply.status());
        List<CSVRecord> rows = parse(reply.body());
        assertEquals(List.of("Project", "Cycle", "Objective", "Key result", "Time (UTC)", "Author", "Value", "Progress",
                "Confidence", "Blocker", "Note"), rows.get(0).toList());
        assertEquals(3, rows.size());
        assertEquals(List.of("Mia Member", "50", "0.25", "Unsure", "Yes", "'@SUM(1) -3 since Monday, \"quoted\""),
                rows.get(1).toList().subList(5, 11));
        assertEquals(List.of("Luc Lead", "80", "0.4", "Confident", "No", ""), rows.get(2).toList().subList(5, 11));
    }

    @Test
    public void theHeadersSpeakTheReadersLanguage() throws IOException {
        Reply reply = SANDBOX.http().send(SandboxHttp.as(SANDBOX.http()
                .request(REST + "/projects/MKT/export/keyresults.csv?cycleId=" + cycle + "&lang=fr").GET(), "member"));

        assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.export.column.keyResult"), parse(reply.body()).get(0).get(4));
    }

    @Test
    public void onlyWhoMayBrowseTheProjectExportsIt() {
        SandboxHttp http = SANDBOX.http();
        for (String sheet : List.of("keyresults.csv", "checkins.csv")) {
            SandboxHttp.assertJiraError(http.get(REST + "/projects/SALES/export/" + sheet + "?cycleId=" + cycle, "outsider"), 404);
            SandboxHttp.assertJiraError(http.get(REST + "/projects/SALES/export/" + sheet + "?cycleId=" + cycle, "lead"), 404);
            SandboxHttp.assertJiraError(http.get(REST + "/projects/MKT/export/" + sheet + "?cycleId=" + cycle, null), 401);
            SandboxHttp.assertJiraError(http.get(REST + "/projects/MKT/export/" + sheet + "?cycleId=x", "member"), 400);
            assertEquals(200, http.get(REST + "/projects/SALES/export/" + sheet + "?cycleId=" + cycle, "member").status());
        }
    }

    @Test
    public void theCompanysOwnKeyResultsAndCheckInsExportForAnyoneLoggedIn() throws IOException {
        SandboxHttp http = SANDBOX.http();
        long company = http.postJson(REST + "/objectives", "admin", "{\"cycleId\":" + cycle
                + ",\"title\":\"@Become the reference\"}").json().get("id").asLong();
        long partners = http.postJson(REST + "/objectives/" + company + "/keyresults", "admin",
                "{\"title\":\"Sign 5 partners\",\"measure\":\"METRIC\",\"start\":0,\"target\":5}").json().get("id").asLong();
        assertEquals(201, http.postJson(REST + "/keyresults/" + partners + "/checkins", "admin",
                "{\"value\":2,\"confidence\":\"ON_TRACK\",\"note\":\"Two signed\"}").status());

        Reply keyResults = http.get(REST + "/company/export/keyresults.csv?cycleId=" + cycle, "outsider");
        assertEquals(keyResults.toString(), 200, keyResults.status());
        assertTrue(keyResults.header("Content-Disposition").orElse("").contains("company-Export-cycle-key-results.csv"));
        List<CSVRecord> rows = parse(keyResults.body());
        assertEquals("the company's one key result, not the projects'", 2, rows.size());
        assertEquals(List.of("", "Export =cycle", "'@Become the reference"), rows.get(1).toList().subList(0, 3));
        assertEquals(List.of("0", "5", "2", "0.4"), rows.get(1).toList().subList(8, 12));

        List<CSVRecord> checkIns = parse(http.get(REST + "/company/export/checkins.csv?cycleId=" + cycle, "member").body());
        assertEquals(2, checkIns.size());
        assertEquals("Two signed", checkIns.get(1).get(10));
        SandboxHttp.assertJiraError(http.get(REST + "/company/export/keyresults.csv?cycleId=" + cycle, null), 401);
        SandboxHttp.assertJiraError(http.get(REST + "/company/export/keyresults.csv?cycleId=999999", "member"), 404);
    }

    static List<CSVRecord> parse(String body) throws IOException {
        String withoutMark = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.DEFAULT.parse(new StringReader(withoutMark)).getRecords();
    }
}
