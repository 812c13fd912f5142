package io.promisedesk.rendering;

import io.promisedesk.digest.DigestTemplates;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders our templates from the class path with a real Velocity 1.7, Jira's automatic HTML escaping and Jira 10's
 * method allowlist (the descriptor's {@code <velocity-allowlist>}, enforced by {@link AllowlistUberspect}), so that
 * what a test sees is what Jira shows.
 *
 * <p>Jira escapes every inserted value unless the reference's name ends in {@code html} or {@code Html}; a
 * template that escapes by hand as well would show {@code &amp;amp;} in Jira, so here too. A reference without a
 * value that is not quiet ({@code $x} rather than {@code $!x}) would show as the literal {@code $x} in Jira: here it
 * fails the render, so a misspelt context key cannot pass a test.
 */
public final class JiraLikeVelocity {
    private static final VelocityEngine ENGINE = engine(VelocityAllowlist.fromDescriptor(descriptor()));

    /** The digests' templates as the plugin's adapter renders them over Jira's VelocityTemplatingEngine. */
    public static final DigestTemplates DIGEST_TEMPLATES = new DigestTemplates() {
        @Override
        public String html(String template, Map<String, Object> context) {
            return render(template, context);
        }

        @Override
        public String text(String template, Map<String, Object> context) {
            return renderText(template, context);
        }
    };

    private JiraLikeVelocity() {
    }

    /** The template at {@code templatePath} on the class path (e.g. {@code templates/panel/overcommit-view.vm}). */
    public static String render(String templatePath, Map<String, ?> context) {
        return merge(templatePath, context, true);
    }

    /**
     * The template rendered as plain text, as Jira's {@code VelocityTemplatingEngine} renders a mail's text part:
     * the same engine, nothing escaped; a reference without a value fails the render here too.
     */
    public static String renderText(String templatePath, Map<String, ?> context) {
        return merge(templatePath, context, false);
    }

    /** As {@link #render}, with another allowlist than the descriptor's: for the harness's own tests. */
    static String renderAllowing(VelocityAllowlist allowlist, String templatePath, Map<String, ?> context) {
        return merge(engine(allowlist), templatePath, context, true);
    }

    private static String merge(String templatePath, Map<String, ?> context, boolean escaped) {
        return merge(ENGINE, templatePath, context, escaped);
    }

    private static String merge(VelocityEngine engine, String templatePath, Map<String, ?> context, boolean escaped) {
        VelocityContext velocityContext = new VelocityContext(new HashMap<>(context));
        JiraEscaping escaping = new JiraEscaping(escaped);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(escaping);
        cartridge.attachToContext(velocityContext);

        Template template = engine.getTemplate(templatePath, StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        template.merge(velocityContext, out);

        if (!escaping.unresolved.isEmpty()) {
            throw new AssertionError(templatePath + " inserts references without a value, which Jira would show"
                    + " literally: " + escaping.unresolved);
        }
        return out.toString();
    }

    /** The rendered template parsed as the body of a page, as a browser would read the panel. */
    public static Document renderDocument(String templatePath, Map<String, ?> context) {
        return parse(render(templatePath, context));
    }

    public static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    /** Jira's rule, as the Jira 6.0 escaping notes describe it; see docs/research/jira-core-api.md item 13. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }

    /** Whether Jira takes the reference's value as HTML already: its name, the last part of it, ends in html. */
    static boolean isHtmlSafeName(String reference) {
        String name = reference;
        if (name.endsWith("}")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.endsWith("()")) {
            name = name.substring(0, name.length() - 2);
        }
        return name.endsWith("html") || name.endsWith("Html");
    }

    private static VelocityEngine engine(VelocityAllowlist allowlist) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, allowlist);
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("classpath.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        // Velocity 1.7 otherwise writes velocity.log into the working directory.
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.init();
        return engine;
    }

    /** The packaged descriptor, as the build copies it onto the class path. */
    private static String descriptor() {
        try (InputStream in = JiraLikeVelocity.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Escapes like Jira (unless rendering plain text) and remembers the references that had no value; one per render,
     * as it collects.
     */
    private static final class JiraEscaping implements ReferenceInsertionEventHandler {
        private final List<String> unresolved = new ArrayList<>();
        private final boolean escaped;

        JiraEscaping(boolean escaped) {
            this.escaped = escaped;
        }

        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null) {
                if (!reference.startsWith("$!")) {
                    unresolved.add(reference);
                }
                return null;
            }
            return !escaped || isHtmlSafeName(reference) ? value : escape(value.toString());
        }
    }
}
