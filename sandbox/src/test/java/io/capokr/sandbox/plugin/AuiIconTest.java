package io.capokr.sandbox.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Every AUI icon class the plugin's descriptor names exists in AUI's CSS (the npm @atlassian/aui the sandbox
 * bundles, the same AUI major as Jira 11's). An icon class AUI lacks renders nothing, silently: the sidebar's
 * OKRs entry once named {@code aui-iconfont-goal}, which AUI does not have. Lives here, not in the plugin's
 * packaging test, because the sandbox is the module that has AUI.
 */
public class AuiIconTest {

    private static final String AUI_CSS = "sandbox-static/aui/aui-prototyping.css";
    private static final String SIDEBAR = "jira.project.sidebar.plugins.navigation";

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    public void everyIconClassTheDescriptorNamesIsInAuisCss() throws IOException {
        String css = auiCss();
        List<PluginDescriptor.WebItem> items = PluginDescriptor.load(loader).webItems(SIDEBAR);
        assertFalse("the sidebar item", items.isEmpty());

        List<String> missing = new ArrayList<>();
        for (PluginDescriptor.WebItem item : items) {
            assertNotNull(item.key() + " has an iconClass", item.iconClass());
            Arrays.stream(item.iconClass().trim().split("\\s+"))
                    .filter(name -> name.startsWith("aui-iconfont-"))
                    .filter(name -> !definedIn(css, name))
                    .forEach(name -> missing.add(item.key() + ": " + name));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void theCheckTellsAnIconAuiHasFromOneItLacks() throws IOException {
        String css = auiCss();
        assertEquals(true, definedIn(css, "aui-iconfont-flag"));
        assertEquals(false, definedIn(css, "aui-iconfont-goal"));
        assertEquals("a prefix of an icon is not an icon", false, definedIn(css, "aui-iconfont-fla"));
    }

    /** A selector for exactly that class: {@code .aui-iconfont-flag} followed by {, comma, space or a pseudo-class. */
    private static boolean definedIn(String css, String className) {
        return Pattern.compile("\\." + Pattern.quote(className) + "(?![A-Za-z0-9_-])").matcher(css).find();
    }

    private String auiCss() throws IOException {
        try (InputStream in = loader.getResourceAsStream(AUI_CSS)) {
            assertNotNull(AUI_CSS + " on the classpath (copied from npm by the sandbox build)", in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
