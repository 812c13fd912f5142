package io.promisedesk.jira.servlet;

import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.HashMap;
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
    public void theWrapper_asksForJirasGeneralDecorator_withTitleLanguage_andAnAuiPagePanelWithItsHeader() {
        Document page = PageRendering.document(PageRendering.html(headed("ETA of OPS-1", "Back"), Locale.ENGLISH));

        assertEquals("atl.general", page.selectFirst("head > meta[name=decorator]").attr("content"));
        assertEquals("ETA of OPS-1", page.title());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        Element content = page.selectFirst("body > div.aui-page-panel > div.aui-page-panel-inner"
                + " > section.aui-page-panel-content");
        assertEquals("promisedesk-test-page", content.id());
        assertEquals(1, page.select("h1").size());
        assertEquals("ETA of OPS-1", content.selectFirst("> header.aui-page-header > .aui-page-header-inner"
                + " > .aui-page-header-main > h1.promisedesk-page__heading").text());
        assertEquals("Back", content.selectFirst("> p.promisedesk-page__back > a").text());
        assertNull(page.selectFirst("head > meta[name=admin.active.section]"));
    }

    /** Jira's decorators put the body into their own main landmark (section#content, role main): a second is wrong. */
    @Test
    public void theWrapper_opensNoMainLandmarkOfItsOwn_inEitherFrame() {
        for (PageAnswer.Frame frame : PageAnswer.Frame.values()) {
            Page page = new Page(200, "Teams", "promisedesk-admin-teams", true, List.of(), frame);

            Document document = PageRendering.document(PageRendering.html(page, Locale.ENGLISH));

            assertEquals(frame.name(), List.of(), document.select("main, [role=main]").eachAttr("id"));
            assertEquals(frame.name(), 1, document.select("h1").size());
        }
    }

    @Test
    public void anAdminPage_asksForTheAdminDecorator_marksOurItemInTheAdminMenu_andLeavesThePanelToJira() {
        Page admin = new Page(200, "Teams", "promisedesk-admin-teams", true, List.of(), PageAnswer.Frame.ADMIN);

        Document page = PageRendering.document(PageRendering.html(admin, Locale.ENGLISH));

        assertEquals("atl.admin", page.selectFirst("head > meta[name=decorator]").attr("content"));
        assertEquals("admin_plugins_menu/promisedesk-admin-section",
                page.selectFirst("head > meta[name=admin.active.section]").attr("content"));
        assertEquals("promisedesk-admin-link", page.selectFirst("head > meta[name=admin.active.tab]").attr("content"));
        // Jira's admin decorator draws the aui-page-panel with its menu and puts the body into its content section.
        assertNull(page.selectFirst(".aui-page-panel, .aui-page-panel-content"));
        assertEquals("Teams", page.selectFirst("body > section#promisedesk-admin-teams.promisedesk-page"
                + " > header.aui-page-header h1").text());
    }

    @Test
    public void theHealthPage_marksTheHealthCheckItem_notTheTeams() {
        Page health = new Page(200, "Health", "promisedesk-admin-health", false, List.of(),
                PageAnswer.Frame.ADMIN_HEALTH);

        Document page = PageRendering.document(PageRendering.html(health, Locale.ENGLISH));

        assertEquals("atl.admin", page.selectFirst("head > meta[name=decorator]").attr("content"));
        assertEquals("admin_plugins_menu/promisedesk-admin-section",
                page.selectFirst("head > meta[name=admin.active.section]").attr("content"));
        assertEquals("promisedesk-health-link", page.selectFirst("head > meta[name=admin.active.tab]").attr("content"));
    }

    /** The admin menu is marked by our descriptor's own section and items: a renamed key would silently unmark it. */
    @Test
    public void theAdminMenuMarks_nameTheDescriptorsSectionAndLinks() {
        org.w3c.dom.Element root = PluginDescriptor.descriptor().getDocumentElement();
        Set<String> sections = new HashSet<>();
        PluginDescriptor.elements(root, "web-section").forEach(section ->
                sections.add(section.getAttribute("location") + "/" + section.getAttribute("key")));
        Map<String, String> itemSections = new HashMap<>();
        PluginDescriptor.elements(root, "web-item").forEach(item -> PluginDescriptor.elements(item, "link")
                .forEach(link -> itemSections.put(link.getAttribute("linkId"), item.getAttribute("section"))));

        assertTrue(sections.toString(), sections.contains(PageWriter.ADMIN_SECTION));
        for (PageAnswer.Frame frame : PageAnswer.Frame.values()) {
            if (frame.admin()) {
                assertEquals(frame.name(), PageWriter.ADMIN_SECTION, itemSections.get(frame.activeTab()));
            }
        }
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
