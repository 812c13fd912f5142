package io.promisedesk.workbench;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;

/** The workbench styles the plugin's screens with the stylesheet the plugin ships, served where Jira serves it. */
public class WorkbenchStylesheetTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    static final String STYLESHEET = "/download/resources/io.promisedesk.promise-desk:promisedesk-resources/promisedesk.css";

    @Test
    public void everyPage_linksThePluginsStylesheet_afterTheWorkbenchsOwnStyle() throws Exception {
        String key = WORKBENCH.page("/").selectFirst("#team-field-ops td.promisedesk-level--overcommitted")
                .parent().selectFirst("a").text();
        for (String page : List.of("/", "/browse/" + key + "?role=technician",
                "/plugins/servlet/promisedesk/sales/issue/" + key + "?role=salesperson",
                "/plugins/servlet/promisedesk/sales/commitments?role=salesperson",
                "/plugins/servlet/promisedesk/admin?role=admin")) {
            Document document = WORKBENCH.page(page);

            List<String> links = document.select("head link[rel=stylesheet]").eachAttr("href");
            Element style = document.selectFirst("head style");
            Element plugins = document.selectFirst("head link[href=" + STYLESHEET + "]");

            // Jira's AUI and theme tokens come first (WorkbenchThemeTest), the plugin's stylesheet last.
            assertEquals(page, List.of(AuiServlet.PATH + AuiDistribution.STYLES, AuiServlet.PATH + AuiDistribution.THEMES,
                    STYLESHEET), links);
            assertEquals(page, style.elementSiblingIndex() + 1, plugins.elementSiblingIndex());
        }
    }

    @Test
    public void theStylesheet_isThePackagedFile_asCss() throws Exception {
        HttpResponse<String> response = WORKBENCH.get(STYLESHEET);

        assertEquals(200, response.statusCode());
        assertEquals("text/css;charset=utf-8", response.headers().firstValue("Content-Type").orElse("")
                .toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
        assertEquals(packaged("css/promisedesk.css"), response.body());
    }

    @Test
    public void theWorkbenchsOwnStyle_hasNoRuleForThePluginsClasses() throws Exception {
        String style = WORKBENCH.page("/").selectFirst("head style").data();

        assertFalse(style, style.contains("promisedesk-"));
    }

    @Test
    public void onlyDeclaredResources_areServed() throws Exception {
        for (String path : List.of("/download/resources/io.promisedesk.promise-desk:promisedesk-resources/other.css",
                "/download/resources/io.promisedesk.promise-desk:promisedesk-resources/",
                "/download/resources/io.promisedesk.promise-desk:other/promisedesk.css",
                "/download/resources/io.promisedesk.promise-desk:promisedesk-resources/..%2F..%2Fatlassian-plugin.xml",
                "/download/resources/io.promisedesk.promise-desk:promisedesk-resources/../../atlassian-plugin.xml")) {
            HttpResponse<String> response = WORKBENCH.get(path);

            assertNotEquals(path, 200, response.statusCode());
            assertFalse(path, response.body().contains("<atlassian-plugin"));
        }
    }

    private static String packaged(String location) throws IOException {
        try (InputStream in = WorkbenchStylesheetTest.class.getClassLoader().getResourceAsStream(location)) {
            assertNotNull(location, in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
