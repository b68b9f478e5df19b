package io.capokr.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A refusal Jersey answers without asking any exception mapper, such as a {@code Content-Type} header it cannot
 * parse (a bare 400 with no body), still gets Jira's error shape: every error answer of this API carries
 * {@code {"errorMessages":[...],"errors":{}}}, whichever layer made it.
 */
@Provider
public class ErrorBodyFilter implements ContainerResponseFilter {

    private final ErrorResponses errors;

    @Inject
    public ErrorBodyFilter(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            response.setEntity(errors.body(response.getStatus()), null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
