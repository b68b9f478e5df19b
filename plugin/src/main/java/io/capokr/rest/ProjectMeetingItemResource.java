package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.okr.MeetingItem;
import io.capokr.service.MeetingItemService;
import io.capokr.service.PeopleService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code POST /rest/capokr/1.0/projects/{key}/meeting-items}: records a decision or action; 201 at /meeting-items/{id}. */
@Path("/projects/{projectKey}/meeting-items")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProjectMeetingItemResource {

    private final MeetingItemService items;
    private final PeopleService people;

    @Inject
    public ProjectMeetingItemResource(MeetingItemService items, PeopleService people) {
        this.items = items;
        this.people = people;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("projectKey") String projectKey, MeetingItemRequestJson body, @Context UriInfo uriInfo) {
        MeetingItemRequestJson request = RequestErrors.required(body);
        MeetingItem created = items.create(projectKey, request.cycleId(), request.week(), request.toDraft());
        return Created.under(uriInfo, MeetingItemResource.class, created.id(), MeetingItemResource.json(created, people));
    }
}
