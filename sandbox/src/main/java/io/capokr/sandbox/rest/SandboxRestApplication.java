package io.capokr.sandbox.rest;

import io.capokr.host.Access;
import io.capokr.host.Messages;
import io.capokr.sandbox.host.SampleTracker;
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

    public static ResourceConfig create(SampleTracker tracker, Access access, Messages sandboxTexts) {
        ResourceConfig config = new ResourceConfig();
        config.register(new SampleIssuesResource(tracker, access, sandboxTexts));
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new AccessAnnotationFeature(access, sandboxTexts));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        return config;
    }
}
