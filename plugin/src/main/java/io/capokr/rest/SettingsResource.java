package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.capokr.service.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/admin/settings}: Cap's settings, for the administration page. Jira administrators only,
 * by Jira's {@code @AdminOnly} and again by the service. Saving takes JSON only, so a cross-site form cannot post it.
 */
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SettingsResource {

    private final SettingsService settings;

    @Inject
    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    public SettingsJson read() {
        return SettingsJson.of(settings.read());
    }

    /** The settings the body names, the others kept; a 400 names each refused field and saves nothing. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson save(SettingsRequestJson body) {
        return SettingsJson.of(settings.update(RequestErrors.required(body).toEdit()));
    }
}
