package io.capokr.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/** Every visible string lives in both bundles, and every key the code names is in them. */
public class I18nBundlesTest {

    /** A key in double or single quotes: Java and Velocity use double, JavaScript single. */
    private static final Pattern KEY_LITERAL = Pattern.compile("[\"'](capokr\\.[a-zA-Z0-9_.]+[a-zA-Z0-9_])[\"']");

    @Test
    public void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertEquals(load("i18n/capokr.properties").stringPropertyNames(), load("i18n/capokr_fr.properties").stringPropertyNames());
    }

    @Test
    public void frenchIsAsciiSoJiraReadsItTheSameInAnyEncoding() throws IOException {
        byte[] bytes = Files.readAllBytes(Paths.get("src/main/resources/i18n/capokr_fr.properties"));
        for (byte b : bytes) {
            assertTrue("non-ASCII byte in capokr_fr.properties; write it as a \\u escape", b >= 0);
        }
    }

    /**
     * Jira formats some texts with MessageFormat (where ' quotes) and shows others as they are;
     * a text without ASCII apostrophes reads the same either way. Use ’ instead.
     */
    @Test
    public void noTextHasAnApostropheThatMessageFormatWouldEat() throws IOException {
        for (String bundle : new String[] {"i18n/capokr.properties", "i18n/capokr_fr.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(bundle + " " + key, texts.getProperty(key).indexOf('\'') < 0);
            }
        }
    }

    @Test
    public void everyKeyNamedInCodeOrTemplatesExists() throws IOException {
        Set<String> known = load("i18n/capokr.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path root : new Path[] {Paths.get("src/main/java"), Paths.get("src/main/resources/templates"), Paths.get("src/main/resources/web")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        if (!known.contains(key) && !isPrefix(key, known)) {
                            missing.add(key + " (" + file + ")");
                        }
                    }
                }
            }
        }
        assertEquals("keys used but not defined", Set.of(), missing);
    }

    /** Keys built at run time, such as "capokr.cycle.state." + state, are checked as prefixes. */
    private static boolean isPrefix(String key, Set<String> known) {
        return known.stream().anyMatch(k -> k.startsWith(key + "."));
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            properties.load(in);
        }
        return properties;
    }
}
