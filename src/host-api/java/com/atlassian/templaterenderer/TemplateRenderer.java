package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Host declaration (compile only): renders the plugin's Velocity templates with the host's escaping.
 * Mirrors atlassian-template-renderer-api, com/atlassian/templaterenderer/TemplateRenderer (ngannk-fptu/Decompiled-Files).
 */
public interface TemplateRenderer {
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context);

    boolean resolve(String templateName);
}
