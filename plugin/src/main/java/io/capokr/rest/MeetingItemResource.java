package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.okr.MeetingItem;
import io.capokr.service.MeetingItemService;
import io.capokr.service.PeopleService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/capokr/1.0/meeting-items/{id}}: one decision or action of a weekly meeting; they are created under
 * their project ({@link ProjectMeetingItemResource}). Thin: permissions and validation live in the service.
 */
@Path("/meeting-items")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MeetingItemResource {

    private final MeetingItemService items;
    private final PeopleService people;

    @Inject
    public MeetingItemResource(MeetingItemService items, PeopleService people) {
        this.items = items;
        this.people = people;
    }

    /** The item with its owner's and author's names. */
    static MeetingItemJson json(MeetingItem item, PeopleService people) {
        return MeetingItemJson.of(item, people.byKeys(java.util.Arrays.asList(item.ownerKey(), item.createdBy())));
    }

    @GET
    @Path("/{id}")
    public MeetingItemJson get(@PathParam("id") String id) {
        return json(items.get(RequestErrors.id(id)), people);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingItemJson update(@PathParam("id") String id, MeetingItemRequestJson body) {
        long itemId = RequestErrors.id(id);
        MeetingItemRequestJson request = RequestErrors.required(body);
        return json(items.update(itemId, request.toEdit(), request.version()), people);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        items.delete(RequestErrors.id(id));
        return Response.noContent().build();
    }
}
