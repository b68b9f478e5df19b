package io.capokr.sandbox.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import io.capokr.host.Access;
import io.capokr.host.Messages;

/**
 * The Jersey application behind {@code /rest/capokr/1.0}: every {@code @Path} and {@code @Provider} class of
 * the plugin's REST packages, JSON through Jackson, the plugin's beans for {@code @Inject} constructors,
 * and the sandbox's gates for the access annotations.
 */
public final class RestApplication {

    private RestApplication() {
    }

    /**
     * @param restClasses the classes of the packages the {@code <rest>} module names
     * @param beans       the plugin's beans, each injectable as its own class
     */
    public static ResourceConfig create(List<Class<?>> restClasses, Map<String, Object> beans,
                                        Access access, Messages sandboxTexts) {
        ResourceConfig config = new ResourceConfig();
        List<Class<?>> components = restClasses.stream()
                .filter(type -> type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                .toList();
        if (components.stream().noneMatch(type -> type.isAnnotationPresent(Path.class))) {
            throw new IllegalStateException("No @Path resources among " + restClasses);
        }
        config.registerClasses(components.toArray(Class<?>[]::new));
        // Jersey's own Jackson mappers would answer malformed JSON with plain text; the plugin ships its own.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new BeansBinder(beans));
        config.register(new AccessAnnotationFeature(access, sandboxTexts));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        return config;
    }

    /** Makes each plugin bean the instance HK2 injects where its class is asked for. */
    private static final class BeansBinder extends AbstractBinder {

        private final Map<String, Object> beans;

        BeansBinder(Map<String, Object> beans) {
            this.beans = beans;
        }

        @Override
        protected void configure() {
            for (Object bean : beans.values()) {
                bindInstance(bean);
            }
        }

        @SuppressWarnings("unchecked")
        private <T> void bindInstance(T bean) {
            bind(bean).to((Class<T>) bean.getClass());
        }
    }
}
