package io.capokr.aokit.wiring;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.capokr.aokit.wiring.SpringBeansXml.BeanDefinition;
import io.capokr.aokit.wiring.SpringBeansXml.ServiceReference;

/**
 * Builds the plugin's beans the way Spring would from its XML: each through its constructor, arguments in
 * order. The one departure is the beans of package {@value #JIRA_ADAPTERS}, none of which is ever brought to
 * life, since their Jira types are only compile-time stubs here:
 * <ul>
 *   <li>a Jira adapter, one that implements {@value #HOST_PORTS} ports, is replaced by the sandbox's
 *       implementation of those ports;</li>
 *   <li>one that implements no port (Jira-side glue, such as the issue event listener) is skipped, init and
 *       destroy methods included: the sandbox plays its part itself. A plugin bean that refers to a skipped
 *       bean fails the start, naming both.</li>
 * </ul>
 * Host services come from {@code hostServices} by interface name; any other host service is for
 * {@value #JIRA_ADAPTERS} beans only (never resolved, since those are never built), and a plugin bean that
 * asks for one fails the start, naming the bean.
 */
public final class PluginWiring {

    public static final String JIRA_ADAPTERS = "io.capokr.jira";
    public static final String HOST_PORTS = "io.capokr.host";

    private final ClassLoader loader;
    private final List<Object> portImplementations;
    private final Map<String, Object> hostServices;
    private final Map<String, Object> replacements;

    /**
     * @param portImplementations the sandbox's implementations of the {@value #HOST_PORTS} interfaces
     * @param hostServices        host services by interface name (for example ActiveObjects)
     */
    public PluginWiring(ClassLoader loader, List<Object> portImplementations, Map<String, Object> hostServices) {
        this(loader, portImplementations, hostServices, Map.of());
    }

    private PluginWiring(ClassLoader loader, List<Object> portImplementations, Map<String, Object> hostServices,
                         Map<String, Object> replacements) {
        this.loader = loader;
        this.portImplementations = List.copyOf(portImplementations);
        this.hostServices = Map.copyOf(hostServices);
        this.replacements = Map.copyOf(replacements);
    }

    /**
     * The same wiring, with the bean {@code id} of the XML replaced by {@code standIn}, which must be of the
     * bean's class or implement its ports. For tests that need to hold a plugin-side port implementation
     * themselves, such as a clock set to a chosen day instead of the XML's system clock.
     */
    public PluginWiring replacing(String id, Object standIn) {
        Map<String, Object> more = new LinkedHashMap<>(replacements);
        more.put(id, standIn);
        return new PluginWiring(loader, portImplementations, hostServices, more);
    }

    public PluginBeans wire(SpringBeansXml xml) {
        return new Run(xml).build();
    }

    /** One wiring pass: the definitions, what is built so far, and the path of beans being built (for cycles). */
    private final class Run {

        private final Map<String, ServiceReference> references = new LinkedHashMap<>();
        private final Map<String, BeanDefinition> definitions = new LinkedHashMap<>();
        private final PluginBeans beans = new PluginBeans();
        private final Deque<String> building = new ArrayDeque<>();

        Run(SpringBeansXml xml) {
            xml.references().forEach(reference -> references.put(reference.id(), reference));
            xml.beans().forEach(bean -> definitions.put(bean.id(), bean));
        }

        PluginBeans build() {
            for (String id : replacements.keySet()) {
                if (!definitions.containsKey(id)) {
                    throw new IllegalStateException("Cannot replace bean '" + id + "': the XML defines no such bean");
                }
            }
            for (BeanDefinition definition : definitions.values()) {
                if (replacements.containsKey(definition.id())) {
                    replaced(definition);
                } else if (isJiraBean(definition)) {
                    if (hostPortsOf(loadClass(definition)).isEmpty()) {
                        beans.addSkipped(definition.id());
                    } else {
                        standInFor(definition);
                    }
                } else {
                    create(definition);
                }
            }
            return beans;
        }

        private Object create(BeanDefinition definition) {
            if (beans.contains(definition.id())) {
                return beans.byId(definition.id());
            }
            if (replacements.containsKey(definition.id())) {
                return replaced(definition);
            }
            if (building.contains(definition.id())) {
                throw new IllegalStateException("Constructor cycle: " + String.join(" -> ", building) + " -> " + definition.id());
            }
            building.push(definition.id());
            try {
                List<Object> arguments = new ArrayList<>();
                for (String ref : definition.constructorRefs()) {
                    arguments.add(argument(definition, ref));
                }
                Object bean = construct(loadClass(definition), arguments);
                if (definition.initMethod() != null) {
                    PluginBeans.invoke(bean, definition.initMethod());
                }
                if (definition.destroyMethod() != null) {
                    beans.onClose(bean, definition.destroyMethod());
                }
                beans.addOwn(definition.id(), bean);
                return bean;
            } finally {
                building.pop();
            }
        }

        private Object argument(BeanDefinition definition, String ref) {
            ServiceReference reference = references.get(ref);
            if (reference != null) {
                Object service = hostServices.get(reference.interfaceName());
                if (service == null) {
                    throw new IllegalStateException("Bean '" + definition.id() + "' (" + definition.className()
                            + ") refers to host service '" + ref + "' (" + reference.interfaceName() + "), which the sandbox"
                            + " does not provide. Only " + JIRA_ADAPTERS + " beans may use Jira's services directly;"
                            + " give the app a port in " + HOST_PORTS + " instead.");
                }
                return service;
            }
            BeanDefinition target = definitions.get(ref);
            if (target == null) {
                throw new IllegalStateException("Bean '" + definition.id() + "' refers to '" + ref + "', which is not defined");
            }
            if (replacements.containsKey(target.id())) {
                return replaced(target);
            }
            return isJiraBean(target) ? standInFor(definition, target) : create(target);
        }

        /** The replacement given for {@code definition}, checked to fit where the bean's class or ports fit. */
        private Object replaced(BeanDefinition definition) {
            if (beans.contains(definition.id())) {
                return beans.byId(definition.id());
            }
            Object replacement = replacements.get(definition.id());
            Class<?> type = loadClass(definition);
            Set<Class<?>> ports = hostPortsOf(type);
            boolean fits = type.isInstance(replacement)
                    || (!ports.isEmpty() && ports.stream().allMatch(port -> port.isInstance(replacement)));
            if (!fits) {
                throw new IllegalStateException("The replacement for bean '" + definition.id() + "' is a "
                        + replacement.getClass().getName() + ", neither a " + type.getName() + " nor an implementation of "
                        + ports);
            }
            beans.addStandIn(definition.id(), replacement);
            return replacement;
        }

        /** The stand-in for {@code adapter}, which plugin bean {@code user} is given. */
        private Object standInFor(BeanDefinition user, BeanDefinition adapter) {
            if (hostPortsOf(loadClass(adapter)).isEmpty()) {
                throw new IllegalStateException("Bean '" + user.id() + "' (" + user.className() + ") refers to '"
                        + adapter.id() + "' (" + adapter.className() + "), which implements no " + HOST_PORTS
                        + " port: the sandbox skips it. Plugin beans may depend on " + JIRA_ADAPTERS
                        + " beans only through ports.");
            }
            return standInFor(adapter);
        }

        /** The sandbox object answering for a Jira adapter: the one that implements all of the adapter's ports. */
        private Object standInFor(BeanDefinition adapter) {
            if (beans.contains(adapter.id())) {
                return beans.byId(adapter.id());
            }
            Set<Class<?>> ports = hostPortsOf(loadClass(adapter));
            Object standIn = portImplementations.stream()
                    .filter(candidate -> ports.stream().allMatch(port -> port.isInstance(candidate)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The sandbox has no implementation of " + ports
                            + " to stand in for Jira adapter '" + adapter.id() + "' (" + adapter.className() + ")"));
            beans.addStandIn(adapter.id(), standIn);
            return standIn;
        }

        private boolean isJiraBean(BeanDefinition definition) {
            return definition.className().startsWith(JIRA_ADAPTERS + ".");
        }

        /** Loads without initializing: an adapter's static state may touch Jira classes that are only stubs. */
        private Class<?> loadClass(BeanDefinition definition) {
            try {
                return Class.forName(definition.className(), false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Bean '" + definition.id() + "': no class " + definition.className(), e);
            }
        }
    }

    /** Every interface in {@value #HOST_PORTS} that {@code type} implements, directly or through its supertypes. */
    public static Set<Class<?>> hostPortsOf(Class<?> type) {
        Set<Class<?>> ports = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> current = pending.poll();
            if (current.isInterface() && current.getPackageName().equals(HOST_PORTS)) {
                ports.add(current);
            }
            pending.addAll(Arrays.asList(current.getInterfaces()));
            if (current.getSuperclass() != null) {
                pending.add(current.getSuperclass());
            }
        }
        return ports;
    }

    /** The one public constructor that takes exactly these arguments, in this order. */
    static Object construct(Class<?> type, List<Object> arguments) {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException(type.getName() + " is abstract");
        }
        List<Constructor<?>> matches = Arrays.stream(type.getConstructors())
                .filter(constructor -> accepts(constructor, arguments))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException(type.getName() + " has " + matches.size() + " public constructors taking "
                    + arguments.stream().map(argument -> argument.getClass().getSimpleName()).toList());
        }
        try {
            return matches.get(0).newInstance(arguments.toArray());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructing " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private static boolean accepts(Constructor<?> constructor, List<Object> arguments) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length != arguments.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isInstance(arguments.get(i))) {
                return false;
            }
        }
        return true;
    }
}
