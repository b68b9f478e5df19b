package io.capokr.sandbox.web;

import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

public class ScriptJsonTest {

    @Test
    public void textsCannotCloseTheScriptElementYetParseBackUnchanged() throws Exception {
        Map<String, String> keys = Map.of("k", "</script><script>alert(1)</script> & <!-- \u2028");

        String json = ScriptJson.encode(keys);

        assertThat(json, not(containsString("<")));
        assertThat(json, not(containsString(">")));
        assertThat(json, not(containsString("&")));
        assertEquals(keys, new ObjectMapper().readValue(json, Map.class));
    }

    @Test
    public void htmlEscapesTheFiveCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", Html.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("", Html.escape(null));
    }
}
