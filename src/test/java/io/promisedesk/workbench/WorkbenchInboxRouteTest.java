package io.promisedesk.workbench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The ETA inboxes over HTTP on the demo data: the seeded requests, the links from the index, and answering through
 * the issue's own ETA form as well as from the inbox, with what a refused answer in the inbox shows.
 */
public class WorkbenchInboxRouteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final String INBOX = "/plugins/servlet/promisedesk/inbox/";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void everyTeamsInbox_startsWithThreeSeededRequests_mostPressingFirst_withTheirWaits() throws Exception {
        for (String team : List.of("field-ops", "network", "service-desk")) {
            Document page = WORKBENCH.page(INBOX + team + "?role=technician");

            List<Element> rows = page.select("tr.promisedesk-inbox__request");
            assertEquals(team, List.of("Today", "This week", "No rush"),
                    rows.stream().map(row -> row.selectFirst(".promisedesk-inbox__urgency").text()).toList());
            assertEquals(team, List.of("3 hours, 20 minutes", "1 day, 2 hours", "2 days, 2 hours"),
                    rows.stream().map(row -> row.selectFirst(".promisedesk-inbox__waited").text()).toList());
            assertTrue(rows.stream().allMatch(row -> row.selectFirst("form") != null));
        }
    }

    @Test
    public void theIndex_linksEachInboxForTechniciansAndAdmins_only() throws Exception {
        Document technician = WORKBENCH.page("/?role=technician");
        assertEquals(List.of("Field operations", "Network engineering", "Service desk"),
                technician.select("a.workbench-inbox-link").eachText());
        assertEquals(INBOX + "field-ops", technician.selectFirst("a.workbench-inbox-link").attr("href"));
        assertEquals(3, WORKBENCH.page("/?role=admin").select("a.workbench-inbox-link").size());
        assertTrue(WORKBENCH.page("/?role=none").select("a.workbench-inbox-link").isEmpty());
    }

    @Test
    public void settingTheEtaOnTheIssuesOwnForm_answersItsRequest() throws Exception {
        Element row = WORKBENCH.page(INBOX + "service-desk?role=technician").selectFirst("tr.promisedesk-inbox__request--no-rush");
        String key = row.attr("data-issue");
        String token = token();

        String eta = etaAfter(row, 10);
        HttpResponse<String> saved = post("/plugins/servlet/promisedesk/eta/" + key, token, "eta=" + eta
                + "&reason=" + URLEncoder.encode("Parts are late", StandardCharsets.UTF_8)
                + "&expectedEta=" + row.selectFirst("input[name=expectedEta]").val() + "&atl_token=" + token);

        // The plugin's ETA handler redirects to the issue, whose form then holds the saved ETA.
        assertEquals(303, saved.statusCode());
        assertEquals("/browse/" + key, saved.headers().firstValue("Location").orElseThrow());
        assertEquals(eta, WORKBENCH.page("/browse/" + key + "?role=technician").selectFirst("#promisedesk-eta-date").val());
        Document inbox = WORKBENCH.page(INBOX + "service-desk?role=technician");
        assertNull(inbox.selectFirst("tr[data-issue=" + key + "]"));
        assertEquals("2 days, 2 hours, over 1 request answered in the last 30 days",
                inbox.selectFirst("dd.promisedesk-fact--medianWait").text());
    }

    @Test
    public void aRefusedAnswerInTheInbox_staysInItsRow_keepingWhatWasTyped() throws Exception {
        Element row = WORKBENCH.page(INBOX + "field-ops?role=technician").selectFirst("tr.promisedesk-inbox__request--today");
        String key = row.attr("data-issue");
        String token = token();

        HttpResponse<String> refused = post(INBOX + "field-ops", token, "issue=" + key + "&eta=" + etaAfter(row, 7)
                + "&reason=&expectedEta=" + row.selectFirst("input[name=expectedEta]").val() + "&atl_token=" + token);

        assertEquals(200, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        Element again = page.selectFirst("tr[data-issue=" + key + "]");
        Element error = again.selectFirst(".promisedesk-inbox__field--reason .promisedesk-inbox__error");
        assertTrue(error.text(), error.text().endsWith("needs a reason."));
        assertEquals(etaAfter(row, 7), again.selectFirst("input[name=eta]").val());
        assertFalse(page.select("tr.promisedesk-inbox__request").isEmpty());
        assertNull(page.selectFirst(".promisedesk-inbox__confirmation"));
    }

    /** A date {@code days} after the row's current ETA, or after the demo's today when it has none. */
    private static String etaAfter(Element row, int days) {
        String current = row.selectFirst("input[name=expectedEta]").val();
        return (current.isEmpty() ? LocalDate.parse("2026-03-02") : LocalDate.parse(current)).plusDays(days).toString();
    }

    private String token() throws Exception {
        return WORKBENCH.get("/?role=technician").headers().allValues("set-cookie").stream()
                .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0])
                .findFirst().orElseThrow();
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(WORKBENCH.server().uri().resolve(path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", WorkbenchServlet.ROLE_COOKIE + "=technician; " + WorkbenchServlet.XSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return client.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
