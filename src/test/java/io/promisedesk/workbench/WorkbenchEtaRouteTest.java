package io.promisedesk.workbench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The ETA form's routes and the sales pages' permissions, over HTTP: the panel's link to the plugin's ETA page, who may
 * post, and the XSRF token.
 */
public class WorkbenchEtaRouteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final String ISSUE = "NET-101";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void thePageCarriesTheTokenInACookieAndInTheForm() throws Exception {
        HttpResponse<String> page = WORKBENCH.get("/browse/" + ISSUE + "?role=technician");
        String cookie = token(page).orElseThrow();
        Document html = Jsoup.parse(page.body());
        assertEquals(cookie, html.selectFirst("form.promisedesk-eta-form__form input[name=atl_token]").val());
        assertEquals("/plugins/servlet/promisedesk/eta/" + ISSUE, html.selectFirst("form.promisedesk-eta-form__form").attr("action"));
    }

    @Test
    public void aPostWithoutOrWithAWrongToken_isRefused() throws Exception {
        String token = token(WORKBENCH.get("/?role=technician")).orElseThrow();
        assertEquals(403, post("technician", null, null).statusCode());
        assertEquals(403, post("technician", token, null).statusCode());
        assertEquals(403, post("technician", null, token).statusCode());
        assertEquals(403, post("technician", token, token + "0").statusCode());
    }

    @Test
    public void salespeopleAndRoleNone_mayNotPost_evenWithTheToken() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();
        assertEquals(403, post("salesperson", token, token).statusCode());
        assertEquals(403, post("none", token, token).statusCode());
    }

    @Test
    public void aTechnicianWithTheToken_getsTheFormBack() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();
        HttpResponse<String> answer = post("technician", token, token);
        assertEquals(200, answer.statusCode());
        // An unreadable date: refused beside the date field, nothing saved.
        assertNotNull(Jsoup.parse(answer.body()).selectFirst("#promisedesk-eta-date-error"));
    }

    @Test
    public void thePanelsEtaLink_opensThePluginsEtaPage_withTheFormAndTheHistory() throws Exception {
        Document issue = WORKBENCH.page("/browse/" + ISSUE + "?role=technician");
        String href = issue.selectFirst("#promisedesk-overcommit-panel a.promisedesk-overcommit__eta-link").attr("href");
        assertEquals("/plugins/servlet/promisedesk/eta/" + ISSUE, href);

        HttpResponse<String> page = WORKBENCH.get(href + "?role=technician");

        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals("ETA of " + ISSUE, html.selectFirst("h1.promisedesk-page__heading").text());
        assertEquals(token(page).orElseThrow(), html.selectFirst("form.promisedesk-eta-form__form input[name=atl_token]").val());
        assertEquals(href, html.selectFirst("form.promisedesk-eta-form__form").attr("action"));
        assertNotNull(html.selectFirst(".promisedesk-eta-history"));
        assertNotNull(html.selectFirst("a[href=/browse/" + ISSUE + "]"));
    }

    @Test
    public void theEtaPage_showsOthersNoForm_andNoSuchIssueIsNotFound() throws Exception {
        for (String role : List.of("salesperson", "none")) {
            Document html = WORKBENCH.page("/plugins/servlet/promisedesk/eta/" + ISSUE + "?role=" + role);
            assertNull(role, html.selectFirst("form.promisedesk-eta-form__form"));
            assertNotNull(role, html.selectFirst(".promisedesk-eta-form__no-permission"));
            assertNull(role, html.selectFirst("a.promisedesk-overcommit__eta-link"));
        }
        assertNull(WORKBENCH.page("/browse/" + ISSUE + "?role=salesperson").selectFirst("a.promisedesk-overcommit__eta-link"));
        assertEquals(404, WORKBENCH.get("/plugins/servlet/promisedesk/eta/NOPE-1?role=technician").statusCode());
        assertEquals(404, WORKBENCH.get("/plugins/servlet/promisedesk/eta/%3Cscript%3E?role=admin").statusCode());
    }

    @Test
    public void theSalesPages_areForSalespeopleAndAdminsOnly() throws Exception {
        for (String role : List.of("salesperson", "admin")) {
            assertEquals(role, 200, WORKBENCH.get("/plugins/servlet/promisedesk/sales/issue/" + ISSUE + "?role=" + role).statusCode());
            assertEquals(role, 200, WORKBENCH.get("/plugins/servlet/promisedesk/sales/commitments?role=" + role).statusCode());
        }
        for (String role : List.of("technician", "none")) {
            assertEquals(role, 403, WORKBENCH.get("/plugins/servlet/promisedesk/sales/issue/" + ISSUE + "?role=" + role).statusCode());
            assertEquals(role, 403, WORKBENCH.get("/plugins/servlet/promisedesk/sales/commitments?role=" + role).statusCode());
        }
        assertEquals(404, WORKBENCH.get("/plugins/servlet/promisedesk/sales/issue/NOPE-1?role=salesperson").statusCode());
    }

    @Test
    public void aRefusedQuery_showsTheFormWithWhatWasTyped() throws Exception {
        Document page = WORKBENCH.page("/plugins/servlet/promisedesk/sales/commitments?role=salesperson&from=soon&customer=%3Cb%3E");
        assertNotNull(page.selectFirst("#promisedesk-commitments-error"));
        assertEquals("soon", page.selectFirst("#promisedesk-sales-from").val());
        assertEquals("<b>", page.selectFirst("#promisedesk-sales-customer").val());
        assertTrue(page.select(".promisedesk-commitments__table").isEmpty());
    }

    private HttpResponse<String> post(String role, String cookieToken, String fieldToken) throws Exception {
        String cookies = "promisedesk-workbench-role=" + role
                + (cookieToken == null ? "" : "; " + WorkbenchServlet.XSRF_COOKIE + "=" + cookieToken);
        String form = "eta=next+week&expectedEta=&reason=" + (fieldToken == null ? "" : "&atl_token=" + fieldToken);
        URI uri = WORKBENCH.server().uri().resolve("/plugins/servlet/promisedesk/eta/" + ISSUE);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Optional<String> token(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0]).findFirst();
    }
}
