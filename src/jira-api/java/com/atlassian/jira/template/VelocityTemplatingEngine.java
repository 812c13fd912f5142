package com.atlassian.jira.template;

import java.util.Map;

/**
 * Compile-only declaration of Jira's Velocity façade: render a source, apply a map, get HTML (references escaped) or
 * plain text (docs/jira-api-surface.md). Jira provides the real type; this copy is never packaged.
 */
public interface VelocityTemplatingEngine {
    RenderRequest render(TemplateSource source);

    /** One rendering on its way. */
    interface RenderRequest {
        String asPlainText();

        String asHtml();

        RenderRequest applying(Map<String, Object> parameters);
    }
}
