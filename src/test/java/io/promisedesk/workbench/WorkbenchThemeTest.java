package io.promisedesk.workbench;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** The workbench renders with Jira's AUI and sets Jira's theme attributes on {@code <html>}, light or dark. */
public class WorkbenchThemeTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final List<String> AUI_LINKS = List.of("/workbench/aui/aui-prototyping.css",
            "/workbench/aui/aui-prototyping-design-tokens-base-themes-css.css");

    @Test
    public void everyPage_isInTheLightTheme_byDefault_withTheAttributesJiraSets() throws Exception {
        for (String page : List.of("/", "/plugins/servlet/promisedesk/sales/commitments?role=salesperson",
                "/plugins/servlet/promisedesk/admin?role=admin", "/no/such/page")) {
            Document document = page.equals("/no/such/page")
                    ? org.jsoup.Jsoup.parse(WORKBENCH.get(page).body()) : WORKBENCH.page(page);
            Element html = document.selectFirst("html");

            assertEquals(page, "light", html.attr("data-color-mode"));
            assertEquals(page, "dark:dark light:light spacing:spacing", html.attr("data-theme"));
        }
    }

    @Test
    public void themeDark_setsDataColorModeDark_andTheSwitchMarksIt() throws Exception {
        Document page = WORKBENCH.page("/?role=technician&theme=dark");

        assertEquals("dark", page.selectFirst("html").attr("data-color-mode"));
        assertEquals("dark:dark light:light spacing:spacing", page.selectFirst("html").attr("data-theme"));
        Element current = page.selectFirst("nav.workbench-themes a[aria-current=true]");
        assertEquals("Dark", current.text());
        assertEquals(List.of("Light", "Dark"), page.select("nav.workbench-themes a").eachText());
    }

    @Test
    public void theChosenTheme_isKeptInACookie_andAnUnknownThemeIsIgnored() throws Exception {
        HttpResponse<String> dark = WORKBENCH.get("/?theme=dark");
        String cookie = dark.headers().allValues("Set-Cookie").stream()
                .filter(each -> each.startsWith(Theme.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie, cookie.startsWith(Theme.COOKIE + "=dark"));
        assertTrue(cookie, cookie.contains("HttpOnly"));

        assertEquals("light", WORKBENCH.page("/?theme=purple").selectFirst("html").attr("data-color-mode"));
        assertEquals(Theme.DARK, Theme.named("DARK").orElseThrow());
        assertTrue(Theme.named("purple").isEmpty());
        assertTrue(Theme.named(null).isEmpty());
    }

    @Test
    public void everyPage_linksJirasAuiAndItsThemeTokens_beforeEverythingElse() throws Exception {
        Document page = WORKBENCH.page("/");

        List<String> links = page.select("head link[rel=stylesheet]").eachAttr("href");

        assertEquals(AUI_LINKS, links.subList(0, 2));
        assertTrue(page.selectFirst("head link").elementSiblingIndex() < page.selectFirst("head style").elementSiblingIndex());
        assertTrue(page.selectFirst("body").hasClass("aui-layout"));
    }

    @Test
    public void theAuiStylesheets_areTheInstalledPackagesFiles_asCss() throws Exception {
        for (String name : AuiDistribution.STYLESHEETS) {
            HttpResponse<String> response = WORKBENCH.get(AuiServlet.PATH + name);

            assertEquals(name, 200, response.statusCode());
            assertEquals(name, "text/css;charset=utf-8", response.headers().firstValue("Content-Type").orElse("")
                    .toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
            assertEquals(name, Files.readString(AuiDistribution.file(name), StandardCharsets.UTF_8), response.body());
        }
        assertTrue(WORKBENCH.get(AuiServlet.PATH + AuiDistribution.THEMES).body()
                .contains("html[data-color-mode=dark][data-theme~=\"dark:dark\"]"));
        assertEquals(200, WORKBENCH.get(AuiServlet.PATH + "fonts/adgs-icons.woff").statusCode());
    }

    @Test
    public void onlyTheStylesheetsAndTheirFonts_areServed() throws Exception {
        for (String name : List.of("aui-prototyping.js", "aui-prototyping.css.map", "", "fonts/", "themes/dark.js",
                "..%2F..%2Fpackage.json", "../../package.json", "fonts/..%2F..%2F..%2Fpackage.json",
                "fonts/missing.woff")) {
            HttpResponse<String> response = WORKBENCH.get(AuiServlet.PATH + name);

            assertNotEquals(name, 200, response.statusCode());
            assertFalse(name, response.body().contains("\"@atlassian/aui\""));
        }
    }
}
