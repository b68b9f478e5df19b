package io.capokr.sandbox.velocity;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import io.capokr.host.Messages;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.web.I18nView;
import org.junit.Test;

/** Velocity as Jira runs it: references escaped unless named ...Html, and only allowlisted methods on our classes. */
public class VelocityRendererTest {

    /** Answers every key with itself, so outputs are predictable. */
    private static final Messages KEYS = (key, arguments) -> arguments.length == 0 ? "<" + key + ">" : key + arguments[0];

    /** The plugin's real allowlist. */
    private static final VelocityRenderer RENDERER = new VelocityRenderer(
            new MethodAllowlist(PluginDescriptor.load(VelocityRendererTest.class.getClassLoader()).velocityAllowlist()));

    /** An app class whose getter nobody allowlisted. */
    public static final class Unlisted {
        public String getSecret() {
            return "secret";
        }
    }

    @Test
    public void everyReferenceIsEscapedUnlessItsNameEndsInHtml() {
        String out = RENDERER.render("velocity-test/escaping.vm", Map.of(
                "plain", "<b>&\"'</b>",
                "markupHtml", "<b>bold</b>",
                "holder", Map.of("body", "<i>x</i>", "bodyHtml", "<i>y</i>"),
                "texts", new I18nView(KEYS)));

        assertThat(out, containsString("plain=&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;\n"));
        assertThat(out, containsString("markupHtml=<b>bold</b>\n"));
        assertThat(out, containsString("holder.body=&lt;i&gt;x&lt;/i&gt;\n"));
        assertThat(out, containsString("holder.bodyHtml=<i>y</i>\n"));
        assertThat(out, containsString("getter=&lt;i&gt;x&lt;/i&gt;\n"));
        // the name that counts is the method's, not an argument's
        assertThat(out, containsString("method-html=&lt;i&gt;y&lt;/i&gt;\n"));
        assertThat(out, containsString("quiet=\n"));
        assertThat(out, containsString("text=&lt;k&gt;\n"));
    }

    @Test
    public void allowlistedMethodsAndTheBasicsOfStringsAndCollectionsWork() {
        String out = RENDERER.render("velocity-test/allowed.vm", Map.of(
                "texts", new I18nView(KEYS), "s", "abc", "list", List.of("a", "b")));

        assertThat(out, containsString("title=&lt;capokr.page.title&gt;\n"));
        assertThat(out, containsString("length=3\n"));
        assertThat(out, containsString("upper=ABC\n"));
        assertThat(out, containsString("size=2\n"));
        assertThat(out, containsString("items=a,b\n"));
    }

    @Test
    public void aMethodOfOurClassesThatIsNotAllowlistedStopsTheRender() {
        MethodNeedsAllowlistingException failure = assertThrows(MethodNeedsAllowlistingException.class,
                () -> RENDERER.render("velocity-test/blocked-method.vm", Map.of("texts", new I18nView(KEYS))));

        assertThat(failure.getMessage(), containsString("Method needs allowlisting: io.capokr.web.I18nView#hashCode()"));
        assertThat(failure.getMessage(), containsString("blocked-method.vm"));
    }

    @Test
    public void propertyReadsAreMethodCallsToo() {
        MethodNeedsAllowlistingException failure = assertThrows(MethodNeedsAllowlistingException.class,
                () -> RENDERER.render("velocity-test/blocked-property.vm", Map.of("view", new Unlisted())));

        assertThat(failure.getMessage(), containsString("Unlisted#getSecret()"));
    }

    @Test
    public void reflectionIsBlockedEverywhere() {
        assertThrows(MethodNeedsAllowlistingException.class,
                () -> RENDERER.render("velocity-test/blocked-getclass.vm", Map.of("s", "abc")));
    }

    @Test
    public void htmlNamesAreReadFromTheReferenceAsWritten() {
        assertTrue(HtmlEscapingHandler.isDeclaredHtml("$bodyHtml"));
        assertTrue(HtmlEscapingHandler.isDeclaredHtml("$!{view.bodyHtml}"));
        assertTrue(HtmlEscapingHandler.isDeclaredHtml("$view.getBodyHtml()"));
        assertTrue(HtmlEscapingHandler.isDeclaredHtml("$view.render(\"a.b\").introHtml"));
        assertFalse(HtmlEscapingHandler.isDeclaredHtml("$view.get(\"bodyHtml\")"));
        assertFalse(HtmlEscapingHandler.isDeclaredHtml("$viewHtml.title"));
        assertFalse(HtmlEscapingHandler.isDeclaredHtml("$html"));
        assertEquals("io.capokr.web.I18nView#get(java.lang.String)",
                MethodAllowlist.signature(I18nView.class, method(I18nView.class, "get")));
    }

    private static java.lang.reflect.Method method(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
