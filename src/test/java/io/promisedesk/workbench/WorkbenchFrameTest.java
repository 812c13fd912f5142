package io.promisedesk.workbench;

import io.promisedesk.jira.servlet.PageAnswer;
import io.promisedesk.jira.servlet.PageAnswer.Page;
import io.promisedesk.jira.servlet.PageAnswer.Section;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The frame the workbench draws around a page as Jira's decorator would: one main landmark (Jira's section#content),
 * in the administration's frame the admin menu of the plugin's descriptor with the page's own item selected.
 */
public class WorkbenchFrameTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final String ADMIN = "/plugins/servlet/promisedesk/admin";

    @Test
    public void theAdminMenu_isTheDescriptorsSection_withItsItemsInWeightOrder() {
        AdminMenu menu = AdminMenu.packaged();

        assertEquals("admin_plugins_menu/promisedesk-admin-section", menu.section());
        assertEquals(List.of("promisedesk-admin-link", "promisedesk-health-link"),
                menu.items().stream().map(AdminMenu.Item::linkId).toList());
        assertEquals(List.of("Teams and settings", "Health check"),
                menu.items().stream().map(AdminMenu.Item::label).toList());
        assertEquals(List.of(ADMIN, ADMIN + "/health"), menu.items().stream().map(AdminMenu.Item::path).toList());
    }

    @Test
    public void everyAdminPage_isInTheAdminFrame_withTeamsAndSettingsSelected_butTheHealthCheckItsOwn() throws Exception {
        for (String path : List.of(ADMIN, ADMIN + "/team/new", ADMIN + "/team/service-desk",
                ADMIN + "/team/service-desk/delete", ADMIN + "/phrases", ADMIN + "/sales-groups",
                ADMIN + "/team/service-desk/preview", ADMIN + "/health")) {
            Document page = WORKBENCH.page(path + "?role=admin");

            Element panel = page.selectFirst("main#content > div.aui-page-panel > div.aui-page-panel-inner");
            assertNotNull(path, panel);
            Element menu = panel.selectFirst("> div.aui-page-panel-nav > nav.aui-navgroup-vertical");
            assertEquals(path, "Promise Desk", menu.selectFirst(".aui-nav-heading").text());
            String selected = path.endsWith("/health") ? "Health check" : "Teams and settings";
            assertEquals(path, List.of(selected), menu.select("li.aui-nav-selected > a[aria-current=page]").eachText());
            assertNotNull(path, panel.selectFirst("> section.aui-page-panel-content .workbench-panel"));
            assertLandmarksAndOneHeading(path, page);
        }
    }

    @Test
    public void aHostedGeneralPage_bringsItsOwnAuiPanel_andGetsNoAdminMenu() throws Exception {
        Document page = WORKBENCH.page("/plugins/servlet/promisedesk/eta/NET-101?role=technician");

        Element content = page.selectFirst("main#content > div.aui-page-panel > div.aui-page-panel-inner"
                + " > section.aui-page-panel-content#promisedesk-eta-page");
        assertNotNull(content);
        assertEquals("ETA of NET-101", content.selectFirst("> header.aui-page-header h1").text());
        assertNull(page.selectFirst(".aui-page-panel-nav, .workbench-admin-header"));
        assertLandmarksAndOneHeading("ETA page", page);
    }

    /** The frame follows the page's meta tags, as Jira's decorator does: the health check's marks the health item. */
    @Test
    public void aHostedPage_isFramedByItsMetaDecorator_andAdminTab() throws Exception {
        Page health = new Page(200, "Health check", "promisedesk-admin-health", true, List.of(
                new Section("templates/page/back-link.vm", Map.of("href", "/", "label", "Back"))),
                PageAnswer.Frame.ADMIN_HEALTH);
        Page general = new Page(200, "Health check", "promisedesk-admin-health", true, List.of(
                new Section("templates/page/back-link.vm", Map.of("href", "/", "label", "Back"))));

        Document admin = Jsoup.parse(HostedPages.decorated(health, ADMIN + "/health", Role.ADMIN));
        Document plain = Jsoup.parse(HostedPages.decorated(general, ADMIN + "/health", Role.ADMIN));

        assertEquals(List.of("Health check"), admin.select(".aui-page-panel-nav li.aui-nav-selected").eachText());
        assertEquals("Health check", admin.selectFirst(".aui-page-panel-nav + section.aui-page-panel-content"
                + " > section#promisedesk-admin-health h1").text());
        assertTrue(plain.select(".aui-page-panel-nav").isEmpty());
        assertEquals("Health check - Promise Desk workbench", admin.title());
    }

    private static void assertLandmarksAndOneHeading(String what, Document page) {
        assertEquals(what, 1, page.select("main, [role=main]").size());
        assertEquals(what, 1, page.select("h1").size());
        assertEquals(what, 1, page.select("body > header").size());
    }
}
