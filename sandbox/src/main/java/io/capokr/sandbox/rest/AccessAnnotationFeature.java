package io.capokr.sandbox.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capokr.host.Access;
import io.capokr.host.Messages;
import io.capokr.okr.UserRef;
import io.capokr.rest.ErrorJson;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Enforces the REST v2 access annotations before a resource method runs, as Jira does: anonymous callers
 * of anything but {@code ANYONE} methods get 401, non-administrators of admin methods get 403, both in
 * Jira's error shape. The plugin's services check permissions again; this is the outer gate.
 */
public final class AccessAnnotationFeature implements DynamicFeature {

    private final Access access;
    private final Messages sandboxTexts;

    public AccessAnnotationFeature(Access access, Messages sandboxTexts) {
        this.access = access;
        this.sandboxTexts = sandboxTexts;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        AccessRule rule = AccessRule.of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        if (rule != AccessRule.ANYONE) {
            context.register(new Gate(rule));
        }
    }

    @Priority(Priorities.AUTHENTICATION)
    private final class Gate implements ContainerRequestFilter {

        private final AccessRule rule;

        Gate(AccessRule rule) {
            this.rule = rule;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<UserRef> user = access.currentUser();
            if (user.isEmpty()) {
                request.abortWith(error(Response.Status.UNAUTHORIZED, "sandbox.rest.notAuthenticated"));
            } else if (rule == AccessRule.ADMINISTRATOR && !access.isAdministrator(user.get())) {
                request.abortWith(error(Response.Status.FORBIDDEN, "sandbox.rest.adminOnly"));
            }
        }

        private Response error(Response.Status status, String messageKey) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(List.of(sandboxTexts.text(messageKey)), Map.of()))
                    .build();
        }
    }
}
