package io.capokr.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.capokr.host.Messages;
import io.capokr.okr.Confidence;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Measure;
import io.capokr.service.ExportService;
import io.capokr.service.ProjectOkrs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The exports as spreadsheet files, written by Apache Commons CSV: UTF-8 with a byte-order mark, so that spreadsheet
 * programs read French text right; headers and labels in the reader's language; numbers as plain decimals with a dot.
 * A text a person wrote that starts with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so
 * that a spreadsheet shows it rather than runs it as a formula (CSV injection).
 */
public class CsvSheets {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Messages texts;

    public CsvSheets(Messages texts) {
        this.texts = texts;
    }

    byte[] keyResults(ExportService.KeyResultSheet sheet) {
        List<String> header = headers("project", "cycle", "objective", "objectiveType", "keyResult", "owner",
                "measure", "unit", "start", "target", "current", "progress", "expected", "health", "confidence", "grade",
                "issuesDone", "issuesInProgress", "issuesToDo");
        List<List<Object>> rows = new ArrayList<>();
        ProjectOkrs okrs = sheet.okrs();
        for (ProjectOkrs.ObjectiveRow objective : okrs.objectives()) {
            for (ProjectOkrs.KeyResultRow row : objective.keyResults()) {
                KeyResult keyResult = row.keyResult();
                Measure measure = keyResult.measure();
                Measure.Metric metric = measure instanceof Measure.Metric m ? m : null;
                Double grade = sheet.grades().get(keyResult.id());
                rows.add(List.of(scope(okrs), text(okrs.cycle().name()), text(objective.objective().title()),
                        texts.text("capokr.objective.type." + lower(objective.objective().type().name())),
                        text(keyResult.title()),
                        text(keyResult.ownerKey() == null ? "" : sheet.owners().get(keyResult.ownerKey()).displayName()),
                        texts.text("capokr.keyResult.measure." + lower(measure.kind().name())),
                        metric == null || metric.unit() == null ? "" : text(metric.unit()),
                        metric == null ? "" : number(metric.start()), metric == null ? "" : number(metric.target()),
                        metric == null ? "" : number(metric.current()),
                        number(row.progress()), number(okrs.expectedProgress()),
                        texts.text("capokr.health." + lower(row.health().name())), confidence(row.confidence()),
                        grade == null ? "" : number(grade),
                        row.done(), row.inProgress(), row.toDo()));
            }
        }
        return write(header, rows);
    }

    byte[] checkIns(ExportService.CheckInSheet sheet) {
        List<String> header = headers("project", "cycle", "objective", "keyResult", "at", "author", "value",
                "progress", "confidence", "blocker", "note");
        List<List<Object>> rows = new ArrayList<>();
        for (ExportService.CheckInSheet.Row row : sheet.rows()) {
            rows.add(List.of(scope(sheet.okrs()), text(sheet.okrs().cycle().name()), text(row.objective().title()),
                    text(row.keyResult().title()), row.checkIn().at().toString(), text(row.author().displayName()),
                    row.checkIn().value() == null ? "" : number(row.checkIn().value()), number(row.checkIn().progress()),
                    confidence(row.checkIn().confidence()),
                    texts.text(row.checkIn().blocker() ? "capokr.export.yes" : "capokr.export.no"),
                    text(row.checkIn().note() == null ? "" : row.checkIn().note())));
        }
        return write(header, rows);
    }

    /** The project's key, or nothing for the company's own objectives. */
    private static String scope(ProjectOkrs okrs) {
        return okrs.project() == null ? "" : okrs.project().key();
    }

    /** A person's text, neutralised if a spreadsheet would read it as a formula. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** A plain decimal with a dot and at most four decimals (0.6133 for 61.33 %), as spreadsheets read it in any locale. */
    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private String confidence(Confidence confidence) {
        return confidence == null ? "" : texts.text("capokr.confidence." + lower(confidence.name()));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private List<String> headers(String... columns) {
        List<String> header = new ArrayList<>();
        for (String column : columns) {
            header.add(texts.text("capokr.export.column." + column));
        }
        return header;
    }

    private static byte[] write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
