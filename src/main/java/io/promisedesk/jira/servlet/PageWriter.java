package io.promisedesk.jira.servlet;

import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Page} as one HTML document for Jira's page decorator: {@link Page#START}, each section, then
 * {@link Page#END}, all through the same template engine (Jira's in the plugin, a test's Velocity in tests).
 */
public final class PageWriter {
    /** Our web-section in the "Manage apps" menu (atlassian-plugin.xml), as {@code location/key}. */
    static final String ADMIN_SECTION = "admin_plugins_menu/promisedesk-admin-section";

    /** A template engine: renders a template from the plugin's class path with a context into {@code out}. */
    @FunctionalInterface
    public interface Templates {
        void render(String template, Map<String, Object> context, Writer out) throws IOException;
    }

    private PageWriter() {
    }

    public static void write(Page page, Locale locale, Templates templates, Writer out) throws IOException {
        templates.render(Page.START, start(page, locale), out);
        for (Section section : page.sections()) {
            // A copy Jira's renderer may add its own helpers to.
            templates.render(section.template(), new HashMap<>(section.context()), out);
        }
        templates.render(Page.END, start(page, locale), out);
    }

    /**
     * The context of {@link Page#START} and {@link Page#END}: the document's language, the title, the page's id, and
     * its frame (the decorator; in the administration, our section and item its menu marks; outside it, whether the
     * page draws its own AUI page panel, which Jira's admin decorator draws itself).
     */
    static Map<String, Object> start(Page page, Locale locale) {
        Map<String, Object> context = new HashMap<>();
        context.put("language", locale.toLanguageTag());
        context.put("title", page.title());
        context.put("pageId", page.id());
        context.put("headed", page.headed());
        context.put("decorator", page.frame().decorator());
        context.put("adminFrame", page.frame().admin());
        context.put("ownPanel", !page.frame().admin());
        context.put("adminSection", ADMIN_SECTION);
        context.put("adminTab", page.frame().activeTab());
        return context;
    }
}
