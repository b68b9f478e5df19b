package io.capokr.sandbox.rest;

import io.capokr.host.Access;
import io.capokr.host.Messages;
import io.capokr.sandbox.host.SampleTracker;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application behind {@value #MOUNT_POINT}: the sandbox's own API (sample issues and statuses), apart from the
 * plugin's, behind the same gates (access annotations here, XSRF in front of Jersey).
 */
public final class SandboxRestApplication {

    public static final String MOUNT_POINT = "/rest/sandbox/1.0";

    private SandboxRestApplication() {
    }

    public static ResourceConfig create(SampleTracker tracker, Access access, Messages sandboxTexts, SampleSearch search) {
        ResourceConfig config = new ResourceConfig();
        // The resources as classes, its collaborators bound for injection: Jersey warns about (and re-checks) a
        // resource registered as an instance, as if it were a provider.
        config.register(SampleIssuesResource.class);
        config.register(SampleStatusesResource.class);
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(tracker).to(SampleTracker.class);
                bind(access).to(Access.class);
                bind(sandboxTexts).to(Messages.class);
                // The sample search, with the plugin's JQL function, shared with the issue navigator page.
                bind(search).to(SampleSearch.class);
            }
        });
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new AccessAnnotationFeature(access, sandboxTexts));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        return config;
    }
}
