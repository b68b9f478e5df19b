package io.capokr.sandbox.velocity;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the plugin's Velocity templates from the classpath with Jira's semantics: every reference
 * HTML-escaped unless named {@code ...Html}, and method calls limited by the allowlist. Errors (a template
 * that does not parse, a method that is not allowlisted) propagate, so the request fails with a 500.
 */
public final class VelocityRenderer {

    private final VelocityEngine engine;

    public VelocityRenderer(MethodAllowlist allowlist) {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.classpath.cache", "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingHandler.class.getName());
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST_ATTRIBUTE, allowlist);
        engine.init(properties);
    }

    /** @param template a classpath location such as {@code templates/project-page.vm} */
    public String render(String template, Map<String, Object> context) {
        Template compiled = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        compiled.merge(new VelocityContext(new HashMap<>(context)), out);
        return out.toString();
    }
}
