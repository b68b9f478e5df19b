package io.capokr.rest;

import io.capokr.service.ServiceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps the services' typed refusals to status codes, with Jira's error body. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

    @Override
    public Response toResponse(ServiceException exception) {
        return errorResponse(statusOf(exception), exception);
    }

    static Response errorResponse(Response.Status status, ServiceException exception) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(exception.errorMessages(), exception.fieldErrors()))
                .build();
    }

    private static Response.Status statusOf(ServiceException exception) {
        return switch (exception.reason()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_AUTHENTICATED -> Response.Status.UNAUTHORIZED;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
    }
}
