package io.capokr.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list of the packages a Jira exports, from src/test/resources/exports: one "package version" a line, with
 * "#" comments (each list names its sources at the top and marks each line verified or believed).
 */
final class ExportList {

    private ExportList() {
    }

    /** Package to version, in the file's order. */
    static Map<String, String> read(String resource) throws IOException {
        Map<String, String> exports = new LinkedHashMap<>();
        try (InputStream in = ExportList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String content = (comment < 0 ? line : line.substring(0, comment)).trim();
                if (content.isEmpty()) {
                    continue;
                }
                String[] fields = content.split("\\s+");
                if (fields.length != 2 || exports.put(fields[0], fields[1]) != null) {
                    throw new IOException(resource + ": expected one \"package version\" per package: " + line);
                }
            }
        }
        return exports;
    }

    /** The packages as an OSGi Export-Package header, for the system bundle. */
    static String header(Map<String, String> exports) {
        return exports.entrySet().stream()
                .map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
    }
}
