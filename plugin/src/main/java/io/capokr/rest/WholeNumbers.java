package io.capokr.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Ids, versions and counts read only from a JSON integer: {@code "cycleId": 1.5} or {@code "version": "3"} is a 400
 * naming the field, where Jackson by default would quietly truncate the one and convert the other, so that a client's
 * mistake surfaces instead of changing another object. Annotation-level, so that it holds whatever the host's JSON
 * mapper is configured to accept. Use on a record component: {@code @JsonDeserialize(using = WholeNumbers.Id.class)}.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** A {@code long}: ids. */
    public static final class Id extends JsonDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return readLong(parser, Long.class);
        }
    }

    /** An {@code int}: versions and counts of days. */
    public static final class Count extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return readInt(parser);
        }
    }

    /**
     * The value is JSON, of a number type even, but not a whole number in range. A {@link JsonMappingException}, which
     * Jackson gives the path of the field it was reading; not one of {@code databind.exc}'s, a package the bundle does not
     * import.
     */
    public static final class NotAWholeNumber extends JsonMappingException {

        private static final long serialVersionUID = 1L;

        NotAWholeNumber(JsonParser parser, Class<?> type) {
            super(parser, "Expected a whole number for " + type.getSimpleName());
        }
    }

    static Long readLong(JsonParser parser, Class<?> type) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new NotAWholeNumber(parser, type);
        }
        return parser.getLongValue();
    }

    static Integer readInt(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new NotAWholeNumber(parser, Integer.class);
        }
        return parser.getIntValue();
    }
}
