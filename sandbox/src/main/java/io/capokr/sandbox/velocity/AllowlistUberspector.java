package io.capokr.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;

import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Velocity introspection that enforces the {@link MethodAllowlist} on every method call and property read
 * ({@code $view.name} is a call to {@code getName()} too). A refused call is logged with Jira's wording,
 * "Method needs allowlisting", and stops the render, so the page fails loudly instead of quietly showing
 * the raw reference. Velocity builds this by class name; the allowlist comes in as an application attribute.
 */
public final class AllowlistUberspector extends UberspectImpl {

    public static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspector.class.getName() + ".allowlist";

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspector.class);

    private MethodAllowlist allowlist;

    @Override
    public void init() {
        super.init();
        allowlist = Objects.requireNonNull((MethodAllowlist) rsvc.getApplicationAttribute(ALLOWLIST_ATTRIBUTE),
                "Set the application attribute " + ALLOWLIST_ATTRIBUTE);
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(target, methodName, args, info);
        if (method != null) {
            check(target, method.getMethod(), info);
        }
        return method;
    }

    /** Velocity's own lookup order for {@code $a.b}, redone here so that the method behind it can be checked. */
    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) {
        if (target == null || target.getClass().isArray()) {
            return super.getPropertyGet(target, identifier, info);
        }
        Class<?> type = target.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, target, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        check(target, executor.getMethod(), info);
        return new VelGetterImpl(executor);
    }

    /** Templates only read: {@code #set($view.x = ...)} is allowed on plain maps, never on objects. */
    @Override
    public VelPropertySet getPropertySet(Object target, String identifier, Object arg, Info info) {
        VelPropertySet setter = super.getPropertySet(target, identifier, arg, info);
        if (setter != null && !(target instanceof Map)) {
            throw refuse(target.getClass().getName() + "#" + setter.getMethodName() + " (setting '" + identifier + "')", info);
        }
        return setter;
    }

    private void check(Object target, Method method, Info info) {
        if (method != null && !allowlist.allows(target, method)) {
            throw refuse(MethodAllowlist.signature(target.getClass(), method), info);
        }
    }

    private static MethodNeedsAllowlistingException refuse(String what, Info info) {
        String message = "Method needs allowlisting: " + what + " called from " + info.getTemplateName()
                + " line " + info.getLine() + ", column " + info.getColumn();
        LOG.error(message);
        return new MethodNeedsAllowlistingException(message);
    }
}
