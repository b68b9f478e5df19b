package io.capokr.rest;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.capokr.service.RequestErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Well-formed JSON of the wrong shape, such as an object where a name was expected: 400 naming the
 * field, taken from the path Jackson was reading.
 */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonMappingException> {

    private final RequestErrors requestErrors;

    @Inject
    public UnreadableJsonMapper(RequestErrors requestErrors) {
        this.requestErrors = requestErrors;
    }

    @Override
    public Response toResponse(JsonMappingException exception) {
        String field = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
        return ServiceExceptionMapper.errorResponse(Response.Status.BAD_REQUEST,
                field.isEmpty() ? requestErrors.malformedJson() : requestErrors.wrongType(field));
    }
}
