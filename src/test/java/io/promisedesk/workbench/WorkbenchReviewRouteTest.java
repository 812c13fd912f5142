package io.promisedesk.workbench;

import io.promisedesk.review.CustomerReviewCsv;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The customer review's routes over HTTP on the demo data, served by the plugin's own handler: the list, a page, its
 * CSV, roles, names in the query.
 */
public class WorkbenchReviewRouteTest {
    private static final String REVIEW = "/plugins/servlet/promisedesk/review";
    private static final String CSV = REVIEW + "/csv";

    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    @Test
    public void list_namesTheDemosTwelveCustomers_linkingEachPageAndCsv() throws Exception {
        Document list = WORKBENCH.page(REVIEW + "?role=salesperson");

        List<String> names = list.select("a.promisedesk-reviews__customer").eachText();
        // A commitment saved by another test here may add one.
        assertTrue(names.toString(), names.containsAll(List.of("Acme", "Initech", "Umbrella", "Globex",
                "Wayne Enterprises", "Stark Industries", "Hooli", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Vandelay")));
        Element wayne = list.selectFirst("a.promisedesk-reviews__customer:containsOwn(Wayne Enterprises)");
        assertEquals(REVIEW + "?customer=Wayne%20Enterprises", wayne.attr("href"));
        assertEquals(CSV + "?customer=Wayne%20Enterprises", wayne.closest("tr").selectFirst("a:containsOwn(CSV)").attr("href"));
        assertNotNull(WORKBENCH.page("/").selectFirst("a[href=" + REVIEW + "]"));
    }

    @Test
    public void everyRoleButNone_readsTheListAndThePage() throws Exception {
        for (String role : List.of("salesperson", "technician", "admin")) {
            assertEquals(role, 200, WORKBENCH.get(REVIEW + "?role=" + role).statusCode());
            assertEquals(role, 200, WORKBENCH.get(REVIEW + "?customer=Acme&role=" + role).statusCode());
            assertEquals(role, 200, WORKBENCH.get(CSV + "?customer=Acme&role=" + role).statusCode());
        }
        for (String path : List.of(REVIEW + "?", REVIEW + "?customer=Acme&", CSV + "?customer=Acme&",
                REVIEW + "?customer=Nobody&")) {
            HttpResponse<String> refused = WORKBENCH.get(path + "role=none");
            assertEquals(path, 403, refused.statusCode());
            assertFalse(path, refused.body().contains("Account review"));
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        }
    }

    @Test
    public void page_decodesTheNameFromTheQuery_anyCase_andUnknownCustomersAreNotFound() throws Exception {
        Document page = WORKBENCH.page(REVIEW + "?customer=wayne%20enterprises&role=technician");

        assertEquals("Account review: Wayne Enterprises", page.selectFirst("h1").text());
        assertFalse(page.select(".promisedesk-review__table--open tbody tr").isEmpty());
        assertEquals(CSV + "?customer=Wayne%20Enterprises", page.selectFirst("a.promisedesk-review__csv").attr("href"));
        // The role switch keeps the page, its name still encoded.
        assertEquals(REVIEW + "?customer=wayne%20enterprises&role=salesperson",
                page.selectFirst(".workbench-roles a:containsOwn(Salesperson)").attr("href"));
        for (String unknown : List.of("?customer=Nobody", "?customer=Acme%2FEU", "?customer=%E4%B8%9C%E4%BA%AC",
                "?customer=%20", "?customer=", "?customer=Acme&customer=Acme", "/Acme", "/Acme.csv", "/csv/Acme")) {
            assertEquals(unknown, 404, WORKBENCH.get(REVIEW + unknown + (unknown.contains("?") ? "&" : "?")
                    + "role=admin").statusCode());
        }
    }

    @Test
    public void aCustomerWithSlashDotsAndAccents_savedBySales_hasItsPageAndCsv() throws Exception {
        String name = "Zoë/Müller & Co. .csv";
        assertEquals(200, saveCommitment("NET-101", name).statusCode());

        Document list = WORKBENCH.page(REVIEW + "?role=salesperson");
        Element link = list.selectFirst("a.promisedesk-reviews__customer:containsOwn(" + name + ")");
        assertEquals(REVIEW + "?customer=Zo%C3%AB%2FM%C3%BCller%20%26%20Co%2E%20%2Ecsv", link.attr("href"));
        Document page = WORKBENCH.page(link.attr("href") + "&role=technician");
        assertEquals("Account review: " + name, page.selectFirst("h1").text());
        assertEquals(List.of("NET-101"), page.select(".promisedesk-review__table--open .promisedesk-review__key").eachText());

        HttpResponse<String> csv = WORKBENCH.get(page.selectFirst("a.promisedesk-review__csv").attr("href") + "&role=admin");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"account-review-Zo-M-ller-Co-csv-2026-03-02.csv\"; filename*=UTF-8''"
                + "account-review-Zo%C3%AB-M%C3%BCller%20%26%20Co.%20.csv-2026-03-02.csv",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(csv.body(), csv.body().contains(",NET-101,"));
    }

    @Test
    public void csv_isAnAttachmentWithTheRowsOfThePage() throws Exception {
        Document page = WORKBENCH.page(REVIEW + "?customer=Acme&role=salesperson");
        HttpResponse<String> csv = WORKBENCH.get(page.selectFirst("a.promisedesk-review__csv").attr("href") + "&role=salesperson");

        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"account-review-Acme-2026-03-02.csv\"; filename*=UTF-8''account-review-Acme-2026-03-02.csv",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", csv.headers().firstValue("X-Content-Type-Options").orElseThrow());
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertEquals(String.join(",", CustomerReviewCsv.HEADER), lines.get(0));
        List<String> keys = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            keys.add(line.split(",")[0] + " " + line.split(",")[1]);
        }
        List<String> shown = new ArrayList<>();
        page.select(".promisedesk-review__table--open .promisedesk-review__key").forEach(key -> shown.add("open " + key.text()));
        page.select(".promisedesk-review__table--delivered .promisedesk-review__key").forEach(key -> shown.add("delivered " + key.text()));
        assertEquals(shown, keys);
        assertTrue(keys.toString(), keys.stream().anyMatch(key -> key.startsWith("delivered ")));
    }

    @Test
    public void demoDeliveries_giveARecordWithLateOnes_theSameOnEveryStart() throws Exception {
        Document page = WORKBENCH.page(REVIEW + "?customer=Acme&role=technician");

        String summary = page.selectFirst(".promisedesk-review__record-summary").text();
        assertTrue(summary, summary.matches("\\d+ of \\d+ commitments delivered on time \\(\\d+%\\)\\."));
        assertEquals(summary, WORKBENCH.page(REVIEW + "?customer=ACME&role=technician").selectFirst(".promisedesk-review__record-summary").text());
        assertFalse(page.select(".promisedesk-review__table--delivered tbody tr").isEmpty());
    }

    private static HttpResponse<String> saveCommitment(String key, String customer) throws Exception {
        HttpResponse<String> page = WORKBENCH.get("/plugins/servlet/promisedesk/sales/issue/" + key + "?role=salesperson");
        String token = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0])
                .findFirst().orElseThrow();
        // With the commitment the form was shown with, as a browser posts it.
        Element shown = Jsoup.parse(page.body()).selectFirst("form.promisedesk-commitment-form__form");
        String form = "date=2026-04-30&customer=" + URLEncoder.encode(customer, StandardCharsets.UTF_8)
                + "&note=&action=save&atl_token=" + token
                + "&expectedDate=" + URLEncoder.encode(shown.selectFirst("input[name=expectedDate]").val(), StandardCharsets.UTF_8)
                + "&expectedCustomer=" + URLEncoder.encode(shown.selectFirst("input[name=expectedCustomer]").val(),
                        StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(WORKBENCH.server().uri()
                        .resolve("/plugins/servlet/promisedesk/sales/commitment/" + key)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", WorkbenchServlet.ROLE_COOKIE + "=salesperson; " + WorkbenchServlet.XSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void printStylesheet_isA4_andHidesTheNavigationAndActions() throws Exception {
        Document page = WORKBENCH.page(REVIEW + "?customer=Acme&role=technician");
        String chrome = page.selectFirst("head style").data();
        // The plugin's own print rules ship in its stylesheet, which the page links as Jira would.
        String plugin = WORKBENCH.get(page.selectFirst("head link[rel=stylesheet][href^=/download/resources/]").attr("href"))
                .body();

        assertTrue(plugin, plugin.contains("@page { size: A4;"));
        assertTrue(plugin, hiddenInPrint(plugin).contains(".promisedesk-review__actions"));
        String chromeHidden = hiddenInPrint(chrome);
        for (String hidden : List.of(".workbench-header", ".workbench-roles", ".workbench-themes", ".workbench-notice",
                ".workbench-breadcrumb")) {
            assertTrue(hidden, chromeHidden.contains(hidden));
        }
        String chromePrint = chrome.substring(chrome.indexOf("@media print"));
        assertTrue(chromePrint.contains("break-inside: avoid"));
        assertTrue(chromePrint.contains("thead { display: table-header-group; }"));
        assertNotNull(page.selectFirst("header.workbench-header"));
    }

    /** The selectors before the first {@code display: none} of the stylesheet's {@code @media print} block. */
    private static String hiddenInPrint(String css) {
        int print = css.indexOf("@media print");
        assertTrue(css, print >= 0);
        String printRules = css.substring(print);
        return printRules.substring(0, printRules.indexOf("display: none;"));
    }
}
