package io.capokr.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import io.capokr.aokit.wiring.SpringBeansXml;
import org.junit.Test;

/** What the plugin's Spring XML promises Jira, beyond the beans themselves (which every service test wires). */
public class SpringContextTest {

    private final SpringBeansXml xml = SpringBeansXml.load(SpringContextTest.class.getClassLoader());

    @Test
    public void aMissingHostServiceFailsTheEnableWithinThirtySeconds() {
        assertEquals(Optional.of(30_000L), xml.defaultTimeoutMillis());
    }

    @Test
    public void everyHostServiceIsAJiraOrAtlassianInterface() {
        assertTrue(xml.references().stream().allMatch(reference -> reference.interfaceName().startsWith("com.atlassian.")));
    }
}
