package io.capokr.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A 201 whose {@code Location} is the new thing's own URL, which a GET then answers. */
final class Created {

    private Created() {
    }

    /** Created in the collection the request was posted to: its URL plus the new id. */
    static Response inThisCollection(UriInfo uriInfo, long id, Object entity) {
        return at(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build(), entity);
    }

    /** Created under another resource's root, such as a key result posted below its objective. */
    static Response under(UriInfo uriInfo, Class<?> resource, long id, Object entity) {
        return at(uriInfo.getBaseUriBuilder().path(resource).path(String.valueOf(id)).build(), entity);
    }

    private static Response at(URI location, Object entity) {
        return Response.created(location).entity(entity).build();
    }
}
