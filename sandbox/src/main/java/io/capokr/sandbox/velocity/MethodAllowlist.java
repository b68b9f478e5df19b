package io.capokr.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.velocity.runtime.directive.Scope;
import org.apache.velocity.util.ArrayListWrapper;

/**
 * Which methods a template may call, by Jira 10's rule: on the app's own classes ({@value #GUARDED_PREFIX}*)
 * only the methods its {@code <velocity-allowlist>} names; elsewhere only the basics of strings, numbers,
 * booleans, collections, maps and Velocity's own loop helpers. Anything else, {@code getClass()} included,
 * is refused, so a template that works here cannot be one that Jira would block.
 */
public final class MethodAllowlist {

    static final String GUARDED_PREFIX = "io.capokr.";

    private static final Set<String> OBJECT_BASICS = Set.of("toString", "equals", "hashCode");

    private final Set<String> allowed;

    /** @param entries such as {@code io.capokr.web.I18nView#get(java.lang.String)} */
    public MethodAllowlist(Collection<String> entries) {
        this.allowed = entries.stream().map(entry -> entry.replaceAll("\\s+", "")).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(Object target, Method method) {
        Class<?> type = target.getClass();
        if (isGuarded(type) || isGuarded(method.getDeclaringClass())) {
            return allowed.contains(signature(type, method)) || allowed.contains(signature(method.getDeclaringClass(), method));
        }
        if (method.getDeclaringClass() == Object.class || method.getDeclaringClass() == Class.class) {
            return OBJECT_BASICS.contains(method.getName()) && !(target instanceof Class);
        }
        return isBasic(target);
    }

    /** The allowlist's way of writing a method: {@code owner#name(param.Type,other.Type)}. */
    public static String signature(Class<?> owner, Method method) {
        return owner.getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }

    private static boolean isGuarded(Class<?> type) {
        return type.getName().startsWith(GUARDED_PREFIX);
    }

    private static boolean isBasic(Object target) {
        return target instanceof CharSequence || target instanceof Number || target instanceof Boolean
                || target instanceof Character || target instanceof Collection || target instanceof Map
                || target instanceof Map.Entry || target instanceof Iterator || target instanceof ArrayListWrapper
                || target instanceof Scope || target.getClass().isArray();
    }
}
