package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only declaration of the Atlassian template renderer (Velocity in Jira): only rendering a template of the
 * plugin with a context. The real method also declares the unchecked {@code RenderingException}, which changes
 * nothing javac writes. Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
