package io.capokr.rest;

import java.nio.charset.StandardCharsets;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.ExportService;
import io.capokr.service.ProjectOkrs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/capokr/1.0/projects/{key}/export/keyresults.csv?cycleId=} and {@code .../checkins.csv?cycleId=}: a
 * project's OKRs of a cycle (the page's by default) as spreadsheet files, for whoever may browse the project.
 */
@Path("/projects/{projectKey}/export")
@LicensedOnly
public class ExportResource {

    static final String CSV = "text/csv;charset=UTF-8";

    private final ExportService exports;
    private final CsvSheets sheets;

    @Inject
    public ExportResource(ExportService exports, CsvSheets sheets) {
        this.exports = exports;
        this.sheets = sheets;
    }

    @GET
    @Path("/keyresults.csv")
    @Produces(CSV)
    public Response keyResults(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId) {
        ExportService.KeyResultSheet sheet = exports.keyResults(projectKey, RequestErrors.optionalId(cycleId, "cycleId"));
        return file(sheets.keyResults(sheet), sheet.okrs(), "key-results");
    }

    @GET
    @Path("/checkins.csv")
    @Produces(CSV)
    public Response checkIns(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId) {
        ExportService.CheckInSheet sheet = exports.checkIns(projectKey, RequestErrors.optionalId(cycleId, "cycleId"));
        return file(sheets.checkIns(sheet), sheet.okrs(), "check-ins");
    }

    /**
     * Named after the project (or "company"), the cycle and the sheet, in ASCII (and RFC 6266's UTF-8 form for the
     * cycle's name).
     */
    static Response file(byte[] content, ProjectOkrs okrs, String sheet) {
        String name = (okrs.project() == null ? "company" : okrs.project().key()) + "-" + okrs.cycle().name() + "-" + sheet + ".csv";
        String ascii = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
