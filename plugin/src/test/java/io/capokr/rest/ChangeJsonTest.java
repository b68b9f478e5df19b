package io.capokr.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import org.junit.Test;

/** A PUT body read by plain Jackson, as the REST module reads it: absent, null and a value are three answers. */
public class ChangeJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    record Body(@JsonProperty("text") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> text,
                @JsonProperty("number") @JsonDeserialize(using = ChangeJson.Number.class) Change<Double> number,
                @JsonProperty("flag") @JsonDeserialize(using = ChangeJson.Flag.class) Change<Boolean> flag,
                @JsonProperty("version") Integer version) {
    }

    private static Body read(String json) throws Exception {
        return JACKSON.readValue(json, Body.class);
    }

    @Test
    public void aMissingFieldKeepsANullClearsAndAValueSets() throws Exception {
        Body body = read("{\"text\":null,\"number\":2.5,\"version\":3}");
        assertEquals(Change.keep(), body.flag());
        assertEquals("kept", body.flag().over(null) == null ? "kept" : "changed");
        assertEquals(Change.to(null), body.text());
        assertEquals(null, body.text().over("before"));
        assertEquals(Double.valueOf(2.5), body.number().over(1.0));
        assertEquals("before", read("{}").text().over("before"));
        assertEquals(Integer.valueOf(3), body.version());
    }

    @Test
    public void aValueOfTheWrongTypeIsRefusedNamingItsField() {
        JsonMappingException number = assertThrows(JsonMappingException.class, () -> read("{\"number\":{\"a\":1}}"));
        assertEquals("number", number.getPath().get(0).getFieldName());
        JsonMappingException flag = assertThrows(JsonMappingException.class, () -> read("{\"flag\":\"yes\"}"));
        assertEquals("flag", flag.getPath().get(0).getFieldName());
        JsonMappingException text = assertThrows(JsonMappingException.class, () -> read("{\"text\":[\"a\"]}"));
        assertEquals("text", text.getPath().get(0).getFieldName());
    }

    @Test
    public void onlyTrueAndFalseAreFlags() throws Exception {
        assertEquals(Change.to(true), read("{\"flag\":true}").flag());
        assertEquals(Change.to(false), read("{\"flag\":false}").flag());
        assertThrows(JsonMappingException.class, () -> read("{\"flag\":1}"));
    }
}
