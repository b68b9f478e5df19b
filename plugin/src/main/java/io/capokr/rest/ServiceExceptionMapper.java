package io.capokr.rest;

import io.capokr.service.ServiceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps the services' typed refusals to status codes, with Jira's error body in the caller's language. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

    private final ErrorResponses errors;

    @Inject
    public ServiceExceptionMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(ServiceException exception) {
        return errors.of(exception);
    }
}
