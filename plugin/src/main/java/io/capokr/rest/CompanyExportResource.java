package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.ExportService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/capokr/1.0/company/export/keyresults.csv?cycleId=} and {@code .../checkins.csv?cycleId=}: the company's
 * own objectives of a cycle (the current one by default) as spreadsheet files, for anyone logged in.
 */
@Path("/company/export")
@LicensedOnly
public class CompanyExportResource {

    private final ExportService exports;
    private final CsvSheets sheets;

    @Inject
    public CompanyExportResource(ExportService exports, CsvSheets sheets) {
        this.exports = exports;
        this.sheets = sheets;
    }

    @GET
    @Path("/keyresults.csv")
    @Produces(ExportResource.CSV)
    public Response keyResults(@QueryParam("cycleId") String cycleId) {
        ExportService.KeyResultSheet sheet = exports.companyKeyResults(RequestErrors.optionalId(cycleId, "cycleId"));
        return ExportResource.file(sheets.keyResults(sheet), sheet.okrs(), "key-results");
    }

    @GET
    @Path("/checkins.csv")
    @Produces(ExportResource.CSV)
    public Response checkIns(@QueryParam("cycleId") String cycleId) {
        ExportService.CheckInSheet sheet = exports.companyCheckIns(RequestErrors.optionalId(cycleId, "cycleId"));
        return ExportResource.file(sheets.checkIns(sheet), sheet.okrs(), "check-ins");
    }
}
