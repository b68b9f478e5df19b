package io.capokr.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.IssuePanelService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/issues/{issueKey}/keyresults}: what the issue panel reads. Linking and unlinking are
 * {@code POST /keyresults/{id}/issues} and {@code /keyresults/{id}/issues/unlink}. A hidden issue is a 404 worded as
 * an unknown one (the service decides).
 */
@Path("/issues/{issueKey}/keyresults")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IssueKeyResultResource {

    private final IssuePanelService panel;

    @Inject
    public IssueKeyResultResource(IssuePanelService panel) {
        this.panel = panel;
    }

    @GET
    public IssueKeyResultsJson keyResults(@PathParam("issueKey") String issueKey) {
        return IssueKeyResultsJson.of(panel.keyResultsOf(issueKey));
    }

    /** Up to 20 key results the caller may link this issue to, whose title contains {@code query}. */
    @GET
    @Path("/candidates")
    public List<IssueKeyResultsJson.Candidate> candidates(@PathParam("issueKey") String issueKey,
                                                          @QueryParam("query") String query) {
        return panel.candidatesFor(issueKey, query).stream().map(IssueKeyResultsJson::of).toList();
    }
}
