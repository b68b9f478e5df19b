package io.capokr.rest;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the JSON reader refuses that is neither broken syntax ({@link MalformedJsonMapper}) nor a value of the wrong
 * shape ({@link UnreadableJsonMapper}): above all Jackson's stream limits (a number of more than 1,000 digits, a
 * property name of more than 50,000 characters, nesting deeper than 1,000 levels), met while skipping an unknown
 * field or at the top of the body, which no other mapper catches and Jersey would let through as a 500. The mapper
 * names the general type on purpose: the limits' own exception exists only from Jackson 2.15 on, and the bundle
 * imports Jackson from 2.12. JAX-RS picks the mapper of the nearest type, so the two others keep their cases.
 */
@Provider
public class JsonLimitsMapper implements ExceptionMapper<JsonProcessingException> {

    private final ErrorResponses errors;

    @Inject
    public JsonLimitsMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof JsonGenerationException) {
            // Writing an answer failed: our own fault, still a 500, but in Jira's shape rather than the container's.
            return errors.of(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "capokr.error.http.refused");
        }
        return errors.of(RequestErrors.beyondLimits());
    }
}
