package io.capokr.rest;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.capokr.rest.RequestErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Well-formed JSON of the wrong shape, such as an object where a name was expected, a fraction where an id was, or
 * a property the request does not have: 400 naming the field, taken from the path Jackson was reading.
 */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonMappingException> {

    /**
     * Jackson's refusal of a property the request does not have, recognised by name: its package, {@code databind.exc},
     * is one the bundle does not import.
     */
    private static final String UNRECOGNIZED_PROPERTY = "com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException";

    private final ErrorResponses errors;

    @Inject
    public UnreadableJsonMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(JsonMappingException exception) {
        if (causedByBrokenSyntax(exception)) {
            // A body cut off inside a value arrives wrapped, with a path; it is still not JSON.
            return errors.of(RequestErrors.malformedJson());
        }
        String field = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
        if (causedByReadLimits(exception)) {
            // A 30-million-character title is not of the wrong type: it is beyond what the reader takes.
            return errors.of(field.isEmpty() ? RequestErrors.beyondLimits() : RequestErrors.beyondLimits(field));
        }
        if (field.isEmpty()) {
            return errors.of(RequestErrors.malformedJson());
        }
        if (exception instanceof WholeNumbers.NotAWholeNumber) {
            return errors.of(RequestErrors.notAWholeNumber(field));
        }
        if (exception.getClass().getName().equals(UNRECOGNIZED_PROPERTY)) {
            // A typo in a client script ("titel") is said, rather than the field silently left as it was.
            return errors.of(RequestErrors.unknownField(field));
        }
        return errors.of(RequestErrors.wrongType(field));
    }

    /**
     * Jackson's stream limits (from 2.15 on), recognised by name: the bundle imports Jackson from 2.12, where the
     * class does not exist, so it is not referred to as a type.
     */
    private static boolean causedByReadLimits(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("com.fasterxml.jackson.core.exc.StreamConstraintsException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByBrokenSyntax(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }
}
