package io.capokr.rest;

import java.util.Map;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /rest/capokr/1.0/openapi.json}: this API's reference, as an OpenAPI 3.1 document, for any logged-in user
 * (it says what the API is, not what is in it). The document describes itself too.
 */
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class OpenApiResource {

    private final ApiReference reference;

    @Inject
    public OpenApiResource(ApiReference reference) {
        this.reference = reference;
    }

    @GET
    public Map<String, Object> document(@Context UriInfo uriInfo) {
        return reference.servedFrom(uriInfo.getBaseUri());
    }
}
