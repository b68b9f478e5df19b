package io.capokr.rest;

import com.fasterxml.jackson.core.JsonParseException;
import io.capokr.rest.RequestErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON at all: 400 in Jira's shape rather than the JSON provider's plain text. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonParseException> {

    private final ErrorResponses errors;

    @Inject
    public MalformedJsonMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(JsonParseException exception) {
        return errors.of(RequestErrors.malformedJson());
    }
}
