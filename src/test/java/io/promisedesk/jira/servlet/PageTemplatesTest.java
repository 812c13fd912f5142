package io.promisedesk.jira.servlet;

import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;

import org.jsoup.nodes.Document;
import org.junit.Test;
import org.w3c.dom.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The page wrapper (page-start.vm, page-end.vm) and the small page templates, rendered as Jira would. */
public class PageTemplatesTest {

    private static Page headed(String title, String backLabel) {
        return new Page(200, title, "promisedesk-test-page", true, List.of(new Section(EtaRequests.TEMPLATE_BACK,
                Map.of("href", "https://jira.example.com/browse/OPS-1", "label", backLabel))));
    }

    @Test
    public void theWrapper_asksForJirasGeneralDecorator_withTitleLanguageAndOneMain() {
        Document page = PageRendering.document(PageRendering.html(headed("ETA of OPS-1", "Back"), Locale.ENGLISH));

        assertEquals("atl.general", page.selectFirst("head > meta[name=decorator]").attr("content"));
        assertEquals("ETA of OPS-1", page.title());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(1, page.select("main").size());
        assertEquals("promisedesk-test-page", page.selectFirst("main").id());
        assertEquals("ETA of OPS-1", page.selectFirst("main > h1.promisedesk-page__heading").text());
        assertEquals("Back", page.selectFirst("main > p.promisedesk-page__back > a").text());
        assertNull(page.selectFirst("head > meta[name=admin.active.section]"));
    }

    @Test
    public void anAdminPage_asksForTheAdminDecorator_andMarksOurItemInTheAdminMenu() {
        Page admin = new Page(200, "Teams", "promisedesk-admin-teams", true, List.of(), PageAnswer.Frame.ADMIN);

        Document page = PageRendering.document(PageRendering.html(admin, Locale.ENGLISH));

        assertEquals("atl.admin", page.selectFirst("head > meta[name=decorator]").attr("content"));
        assertEquals("admin_plugins_menu/promisedesk-admin-section",
                page.selectFirst("head > meta[name=admin.active.section]").attr("content"));
        assertEquals("promisedesk-admin-link", page.selectFirst("head > meta[name=admin.active.tab]").attr("content"));
    }

    /** The admin menu is marked by our descriptor's own section and item: a renamed key would silently unmark it. */
    @Test
    public void theAdminMenuMarks_nameTheDescriptorsSectionAndLink() {
        Element root = PluginDescriptor.descriptor().getDocumentElement();
        Set<String> sections = new HashSet<>();
        PluginDescriptor.elements(root, "web-section").forEach(section ->
                sections.add(section.getAttribute("location") + "/" + section.getAttribute("key")));
        Set<String> links = new HashSet<>();
        PluginDescriptor.elements(root, "link").forEach(link -> links.add(link.getAttribute("linkId")));

        assertTrue(sections.toString(), sections.contains(PageWriter.ADMIN_SECTION));
        assertTrue(links.toString(), links.contains(PageWriter.ADMIN_TAB));
    }

    @Test
    public void aPageWhoseSectionsBringTheirHeading_getsNoSecondOne() {
        Page page = MessagePages.notFound(Locale.ENGLISH);

        Document document = PageRendering.document(PageRendering.html(page, Locale.ENGLISH));

        assertEquals(1, document.select("h1").size());
        assertNull(document.selectFirst(".promisedesk-page__heading"));
        assertEquals("Not found", document.title());
    }

    @Test
    public void theRefusalPages_sayWhyInEnglishAndDutch_withTheirStatus() {
        Locale dutch = Locale.forLanguageTag("nl");

        assertEquals(404, MessagePages.notFound(dutch).status());
        assertEquals(403, MessagePages.xsrfRefused(dutch).status());
        Document notFound = PageRendering.document(PageRendering.html(MessagePages.notFound(dutch), dutch));
        Document xsrf = PageRendering.document(PageRendering.html(MessagePages.xsrfRefused(dutch), dutch));
        assertEquals("Niet gevonden", notFound.selectFirst("h1").text());
        assertEquals("nl", notFound.selectFirst("html").attr("lang"));
        assertEquals("alert", xsrf.selectFirst(".promisedesk-message").attr("role"));
        assertTrue("an AUI warning message", xsrf.selectFirst(".promisedesk-message").hasClass("aui-message")
                && notFound.selectFirst(".promisedesk-message").hasClass("aui-message-warning"));
        assertEquals("Het formulier is verlopen", xsrf.selectFirst("h1").text());
    }

    @Test
    public void everyPayload_inTheTitleAndTheLinkText_staysText() {
        Document harmless = PageRendering.document(PageRendering.html(headed("harmless", "harmless"), Locale.ENGLISH));
        for (String payload : XssCorpus.payloads(255)) {
            Document page = PageRendering.document(PageRendering.html(headed(payload, payload), Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, harmless.getAllElements().size(), page.getAllElements().size());
            assertEquals(payload.strip(), page.title().strip());
            assertEquals(payload, page.selectFirst(".promisedesk-page__back a").wholeText());
        }
    }

    @Test
    public void theWrapperTemplates_keepTheSourceRules() {
        for (String template : List.of(Page.START, Page.END, MessagePages.TEMPLATE, EtaRequests.TEMPLATE_BACK)) {
            assertEquals(template, List.of(), TemplateSourceRules.problems(template));
        }
        assertTrue(TemplateSourceRules.source(Page.START).contains("<meta name=\"decorator\" content=\"$decorator\">"));
    }
}
