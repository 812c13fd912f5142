package io.promisedesk.digest;

import java.util.Map;

/**
 * A template engine that renders a template from the plugin's class path either as HTML (every inserted value
 * escaped) or as plain text (nothing escaped): Jira's {@code VelocityTemplatingEngine} in the plugin.
 */
public interface DigestTemplates {
    String html(String template, Map<String, Object> context);

    String text(String template, Map<String, Object> context);
}
