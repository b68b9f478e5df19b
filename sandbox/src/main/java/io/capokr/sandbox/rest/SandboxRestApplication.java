package io.capokr.sandbox.rest;

import io.capokr.host.Access;
import io.capokr.host.Messages;
import io.capokr.rest.ErrorResponses;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.service.KeyResultIssuesService;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application behind {@value #MOUNT_POINT}: the sandbox's own API (sample issues), apart from the
 * plugin's, behind the same gates (access annotations here, XSRF in front of Jersey).
 */
public final class SandboxRestApplication {

    public static final String MOUNT_POINT = "/rest/sandbox/1.0";

    private SandboxRestApplication() {
    }

    public static ResourceConfig create(SampleTracker tracker, Access access, Messages sandboxTexts,
                                        KeyResultIssuesService keyResultIssues, ErrorResponses pluginErrors) {
        ResourceConfig config = new ResourceConfig();
        // The resource as a class, its collaborators bound for injection: Jersey warns about (and re-checks) a
        // resource registered as an instance, as if it were a provider.
        config.register(SampleIssuesResource.class);
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(tracker).to(SampleTracker.class);
                bind(access).to(Access.class);
                bind(sandboxTexts).to(Messages.class);
                // The sample search's JQL function: the plugin's own service, and its errors worded as its REST words them.
                bind(keyResultIssues).to(KeyResultIssuesService.class);
                bind(pluginErrors).to(ErrorResponses.class);
            }
        });
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new AccessAnnotationFeature(access, sandboxTexts));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        return config;
    }
}
