package io.capokr.sandbox.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON to put inside a {@code <script type="application/json">} element. Jackson writes the JSON; then
 * {@code <}, {@code >} and {@code &} become {@code \u003c}-style escapes, which mean the same to
 * {@code JSON.parse} but can never close the element or start a comment, whatever the texts contain.
 */
public final class ScriptJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptJson() {
    }

    public static String encode(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serializable as JSON: " + value, e);
        }
    }
}
