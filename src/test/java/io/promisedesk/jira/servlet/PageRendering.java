package io.promisedesk.jira.servlet;

import io.promisedesk.access.Access;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.Versioned;
import io.promisedesk.work.IssueKey;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** A reader Jira lets browse some issues and edit some of them, in the sales groups or not, admin or not. */
    static final class Reader implements Access {
        private final String user;
        private final Set<IssueKey> browsable = new HashSet<>();
        private final Set<IssueKey> editable = new HashSet<>();
        private boolean sales;
        private boolean administrator;

        private Reader(String user) {
            this.user = user;
        }

        static Reader anonymous() {
            return new Reader(null);
        }

        static Reader named(String user) {
            return new Reader(user);
        }

        Reader browses(String... keys) {
            for (String key : keys) {
                browsable.add(IssueKey.parse(key));
            }
            return this;
        }

        Reader edits(String... keys) {
            browses(keys);
            for (String key : keys) {
                editable.add(IssueKey.parse(key));
            }
            return this;
        }

        Reader inSales() {
            sales = true;
            return this;
        }

        Reader administrator() {
            administrator = true;
            return this;
        }

        @Override
        public Optional<String> user() {
            return Optional.ofNullable(user);
        }

        @Override
        public boolean canBrowse(IssueKey issue) {
            return browsable.contains(issue);
        }

        @Override
        public boolean canEdit(IssueKey issue) {
            return editable.contains(issue);
        }

        @Override
        public boolean isAdministrator() {
            return administrator;
        }

        @Override
        public boolean isSales() {
            return sales;
        }
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
