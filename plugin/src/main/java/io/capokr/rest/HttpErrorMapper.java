package io.capokr.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses before any resource runs (an unknown path, a method the path does not take, a body
 * of another media type, an Accept it cannot meet) answers in Jira's error shape like every other error of this
 * API, with the status JAX-RS chose, instead of the container's HTML page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private final ErrorResponses errors;

    @Inject
    public HttpErrorMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        return errors.of(status, ErrorResponses.httpMessageKey(status));
    }
}
