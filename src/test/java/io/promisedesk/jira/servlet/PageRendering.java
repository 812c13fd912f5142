package io.promisedesk.jira.servlet;

import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.Versioned;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertTrue;

/** Requests to the plain handlers and their pages rendered as Jira would, with the test's Velocity and jsoup. */
final class PageRendering {
    static final String BASE_URL = "https://jira.example.com";
    static final String TOKEN = "session-token-1";

    private PageRendering() {
    }

    static PageRequest get(String path, Map<String, List<String>> parameters) {
        return new PageRequest(path, parameters, Locale.ENGLISH, BASE_URL, TOKEN, false);
    }

    static PageRequest post(String path, Map<String, List<String>> parameters) {
        return new PageRequest(path, parameters, Locale.ENGLISH, BASE_URL, TOKEN, true);
    }

    static PageRequest postWithoutToken(String path, Map<String, List<String>> parameters) {
        return new PageRequest(path, parameters, Locale.ENGLISH, BASE_URL, TOKEN, false);
    }

    /** The answer must be a page: its whole document, every section's context plain, nothing active in it. */
    static Document render(PageAnswer answer) {
        assertTrue("not a page: " + answer, answer instanceof Page);
        Page page = (Page) answer;
        page.sections().forEach(section -> RenderedHtml.assertPlainContext(section.context()));
        Document document = document(html(page, Locale.ENGLISH));
        RenderedHtml.assertNoActiveContent(document);
        return document;
    }

    /** A whole HTML document, head and all, as the page decorator reads it. */
    static Document document(String html) {
        return Jsoup.parse(html);
    }

    static String html(Page page, Locale locale) {
        StringWriter out = new StringWriter();
        try {
            PageWriter.write(page, locale, (template, context, writer) -> writer.write(
                    JiraLikeVelocity.render(template, context)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static int status(PageAnswer answer) {
        return ((Page) answer).status();
    }

    /** The global settings as first installed: the default status phrases. */
    static final class DefaultSettings implements GlobalSettingsStore {
        @Override
        public Versioned<GlobalSettings> load() {
            return new Versioned<>(GlobalSettings.DEFAULTS, 1);
        }

        @Override
        public StoreOutcome<GlobalSettings> save(GlobalSettings settings, long expectedVersion) {
            throw new UnsupportedOperationException("the pages never save settings");
        }
    }
}
