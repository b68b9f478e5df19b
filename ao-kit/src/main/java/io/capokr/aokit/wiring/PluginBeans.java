package io.capokr.aokit.wiring;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The beans the sandbox built from the plugin's Spring XML, by id. The plugin's own beans are kept apart
 * from the sandbox's stand-ins for the Jira adapters, because only the former are the app under test.
 */
public final class PluginBeans implements AutoCloseable {

    private final Map<String, Object> byId = new LinkedHashMap<>();
    private final Map<String, Object> ownById = new LinkedHashMap<>();
    private final List<Runnable> destroyers = new ArrayList<>();
    private final Set<String> skipped = new LinkedHashSet<>();

    void addOwn(String id, Object bean) {
        byId.put(id, bean);
        ownById.put(id, bean);
    }

    void addStandIn(String id, Object standIn) {
        byId.put(id, standIn);
    }

    void addSkipped(String id) {
        skipped.add(id);
    }

    void onClose(Object bean, String destroyMethod) {
        destroyers.add(() -> invoke(bean, destroyMethod));
    }

    /** Whatever bean the XML defines under {@code id}: a plugin bean or the sandbox's stand-in for a Jira one. */
    public Object byId(String id) {
        Object bean = byId.get(id);
        if (bean == null) {
            throw new IllegalArgumentException("No bean '" + id + "'" + (skipped.contains(id) ? " (skipped: it implements no"
                    + " host port)" : "") + "; built: " + byId.keySet());
        }
        return bean;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The one plugin bean of {@code type}. */
    public <T> T bean(Class<T> type) {
        List<Object> matches = ownById.values().stream().filter(type::isInstance).toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("Expected one plugin bean of " + type.getName() + ", found " + matches.size());
        }
        return type.cast(matches.get(0));
    }

    /** The plugin's own beans (everything outside io.capokr.jira), in the order the XML defines them. */
    public Map<String, Object> ownBeans() {
        return Collections.unmodifiableMap(ownById);
    }

    /**
     * The ids of the io.capokr.jira beans that implement no host port (the issue event listener, say): never
     * built, never started; the sandbox does their part itself.
     */
    public Set<String> skipped() {
        return Collections.unmodifiableSet(skipped);
    }

    /** Runs the beans' destroy methods, last created first, as Spring does when a plugin stops. */
    @Override
    public void close() {
        for (int i = destroyers.size() - 1; i >= 0; i--) {
            destroyers.get(i).run();
        }
        destroyers.clear();
    }

    static void invoke(Object bean, String methodName) {
        try {
            Method method = bean.getClass().getMethod(methodName);
            method.invoke(bean);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(bean.getClass().getName() + " has no public no-argument " + methodName + "()", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(bean.getClass().getName() + "." + methodName + "() failed", e.getCause());
        }
    }
}
