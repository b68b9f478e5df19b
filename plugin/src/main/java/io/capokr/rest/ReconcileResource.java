package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.capokr.service.Reconcile;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/admin/reconcile}: "Reconcile now". Jira administrators only, said twice: by Jira's
 * {@code @AdminOnly} at the door and by the service, which checks again whoever calls it.
 */
@Path("/admin/reconcile")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ReconcileResource {

    private final Reconcile reconcile;

    @Inject
    public ReconcileResource(Reconcile reconcile) {
        this.reconcile = reconcile;
    }

    /** No body: repairs the links' copies that drifted from their issues, and says what it did. */
    @POST
    public ReconcileRunJson reconcileNow() {
        return ReconcileRunJson.of(reconcile.now());
    }
}
