package io.capokr.rest;

import io.capokr.service.NotAuthenticatedException;
import io.capokr.service.NotFoundException;
import io.capokr.service.PermissionDeniedException;
import io.capokr.service.ServiceException;
import io.capokr.service.ValidationException;
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
        if (exception instanceof ValidationException) {
            return Response.Status.BAD_REQUEST;
        }
        if (exception instanceof NotAuthenticatedException) {
            return Response.Status.UNAUTHORIZED;
        }
        if (exception instanceof PermissionDeniedException) {
            return Response.Status.FORBIDDEN;
        }
        if (exception instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        return Response.Status.CONFLICT;
    }
}
