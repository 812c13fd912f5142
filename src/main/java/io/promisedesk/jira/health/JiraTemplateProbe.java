package io.promisedesk.jira.health;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisedesk.common.Require;
import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.health.TemplateProbe;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Optional;

/** Renders a template of the plugin with an empty context through Jira's template renderer, as the pages are rendered. */
public final class JiraTemplateProbe implements TemplateProbe {
    private final TemplateRenderer renderer;

    public JiraTemplateProbe(TemplateRenderer renderer) {
        this.renderer = Require.present(renderer, "renderer");
    }

    @Override
    public Optional<String> render(String template) {
        try {
            renderer.render(template, new HashMap<>(), new StringWriter());
            return Optional.empty();
        } catch (IOException | RuntimeException failure) {
            return Optional.of(RunHealthChecks.summary(failure));
        }
    }
}
