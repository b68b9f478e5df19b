// Source: github.com/mrdon/ATR api/src/main/java/com/atlassian/templaterenderer/TemplateRenderer.java (Atlassian Template Renderer API: interface; render(String, Map<String,Object>, Writer) throws RenderingException, IOException); Jira 11 apps import it (atlassian-labs/atlassian-slack-integration-server master, jira plugin's ComponentImports); docs/jira-platform.md
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Compile-only mirror of the Atlassian Template Renderer (members Cap calls only). Inside Jira the real one is used. */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
