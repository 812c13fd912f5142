package io.promisedesk.jira.digest;

import com.atlassian.jira.template.TemplateSources;
import com.atlassian.jira.template.VelocityTemplatingEngine;
import io.promisedesk.digest.DigestTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the digest's templates with Jira's own Velocity engine, as e-mail needs: HTML with every reference escaped,
 * or plain text with nothing escaped. The template's text is read from this plugin's class path, since Jira's engine
 * looks for files on Jira's.
 */
public final class JiraDigestTemplates implements DigestTemplates {
    private final VelocityTemplatingEngine engine;

    public JiraDigestTemplates(VelocityTemplatingEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public String html(String template, Map<String, Object> context) {
        return request(template, context).asHtml();
    }

    @Override
    public String text(String template, Map<String, Object> context) {
        return request(template, context).asPlainText();
    }

    private VelocityTemplatingEngine.RenderRequest request(String template, Map<String, Object> context) {
        Objects.requireNonNull(context, "context");
        return engine.render(TemplateSources.fragment(read(template))).applying(context);
    }

    private static String read(String template) {
        Objects.requireNonNull(template, "template");
        try (InputStream in = JiraDigestTemplates.class.getClassLoader().getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + template + " on the plugin's class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("template " + template + " could not be read", unreadable);
        }
    }
}
