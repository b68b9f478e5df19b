package io.capokr.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import io.capokr.okr.Change;

/**
 * Reads a {@link Change} from a request body, for every field a PUT may leave out: a value, an explicit
 * {@code null} (clear), or nothing at all (keep). Jackson asks a property's deserializer for its <em>null value</em>
 * on a JSON null and for its <em>absent value</em> when a record's property is missing, which is where the two are
 * told apart; the value itself is read by Jackson's own deserializer of its type, so a wrong type is the same 400
 * naming the field as before. Use on a record component: {@code @JsonDeserialize(using = ChangeJson.Text.class)}.
 * One subclass per value type, because a deserializer named by {@code using} is not told the property's type.
 */
public abstract class ChangeJson<T> extends JsonDeserializer<Change<T>> {

    private final Class<T> type;

    ChangeJson(Class<T> type) {
        this.type = type;
    }

    @Override
    public Change<T> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return Change.to(read(parser, context));
    }

    T read(JsonParser parser, DeserializationContext context) throws IOException {
        return context.readValue(parser, type);
    }

    @Override
    public Change<T> getNullValue(DeserializationContext context) {
        return Change.to(null);
    }

    @Override
    public Change<T> getAbsentValue(DeserializationContext context) {
        return Change.keep();
    }

    public static final class Text extends ChangeJson<String> {
        public Text() {
            super(String.class);
        }
    }

    public static final class Number extends ChangeJson<Double> {
        public Number() {
            super(Double.class);
        }
    }

    /** A JSON integer only ({@link WholeNumbers}): 1.5 or "2" is refused, not truncated or converted. */
    public static final class Whole extends ChangeJson<Integer> {
        public Whole() {
            super(Integer.class);
        }

        @Override
        Integer read(JsonParser parser, DeserializationContext context) throws IOException {
            return WholeNumbers.readInt(parser);
        }
    }

    /** A JSON integer only, as {@link Whole}. */
    public static final class Id extends ChangeJson<Long> {
        public Id() {
            super(Long.class);
        }

        @Override
        Long read(JsonParser parser, DeserializationContext context) throws IOException {
            return WholeNumbers.readLong(parser, Long.class);
        }
    }

    /** true or false only: not Jackson's coercions of "yes", 1 or "true". */
    public static final class Flag extends ChangeJson<Boolean> {
        public Flag() {
            super(Boolean.class);
        }

        @Override
        Boolean read(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isBoolean()) {
                return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
            }
            return parser.getBooleanValue();
        }
    }
}
