package io.promisedesk.workbench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The commitment form's route over HTTP on the demo data (Monday 2 March 2026): who may post, the XSRF token, a check
 * that saves nothing, and a save that every page then shows.
 */
public class WorkbenchCommitmentRouteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final String FORM_PATH = "/plugins/servlet/promisedesk/sales/commitment/";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void theSalesPageCarriesTheFormWithTheToken() throws Exception {
        HttpResponse<String> page = WORKBENCH.get("/plugins/servlet/promisedesk/sales/issue/NET-101?role=salesperson");
        Document html = Jsoup.parse(page.body());

        assertEquals(token(page).orElseThrow(), html.selectFirst("form.promisedesk-commitment-form__form input[name=atl_token]").val());
        assertEquals(FORM_PATH + "NET-101", html.selectFirst("form.promisedesk-commitment-form__form").attr("action"));
        assertEquals("Sun 12 Apr to Acme", html.selectFirst("dd.promisedesk-fact--currentCommitment").text());
    }

    @Test
    public void techniciansAndRoleNone_mayNotPost_evenWithTheToken() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();
        for (String role : List.of("technician", "none")) {
            HttpResponse<String> answer = post("NET-101", role, token, token, "2026-04-30", "Acme", "save");

            assertEquals(role, 403, answer.statusCode());
        }
        assertEquals("Sun 12 Apr to Acme", currentCommitment("NET-101"));
    }

    @Test
    public void aPostWithoutOrWithAWrongToken_isRefused() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();

        assertEquals(403, post("NET-101", "salesperson", null, null, "2026-04-30", "Acme", "save").statusCode());
        assertEquals(403, post("NET-101", "salesperson", token, null, "2026-04-30", "Acme", "save").statusCode());
        assertEquals(403, post("NET-101", "salesperson", null, token, "2026-04-30", "Acme", "save").statusCode());
        assertEquals(403, post("NET-101", "salesperson", token, token + "0", "2026-04-30", "Acme", "save").statusCode());
        assertEquals("Sun 12 Apr to Acme", currentCommitment("NET-101"));
    }

    @Test
    public void aCheck_answersAndSavesNothing() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();

        HttpResponse<String> answer = post("NET-101", "salesperson", token, token, "2026-04-30", "Acme", "check");

        assertEquals(200, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertEquals("The team can meet Thu 30 Apr.", page.selectFirst("#promisedesk-commitment-answer").text());
        assertEquals("2026-04-30", page.selectFirst("#promisedesk-commitment-date").val());
        assertEquals("Sun 12 Apr to Acme", currentCommitment("NET-101"));
    }

    @Test
    public void aPastDate_isRefusedBesideTheField() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();

        HttpResponse<String> answer = post("NET-101", "admin", token, token, "2026-03-01", "<b>Acme</b>", "save");

        assertEquals(200, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertEquals("The promised date Sun 1 Mar has passed; choose today (Mon 2 Mar) or later.",
                page.selectFirst("#promisedesk-commitment-date-error").text());
        assertEquals("<b>Acme</b>", page.selectFirst("#promisedesk-commitment-customer").val());
        assertEquals("Sun 12 Apr to Acme", currentCommitment("NET-101"));
    }

    @Test
    public void aSave_changesTheIssue_forSalesAndTechnicians() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();
        assertEquals("Nothing promised", currentCommitment("NET-105"));

        HttpResponse<String> answer = post("NET-105", "salesperson", token, token, "2026-03-20", "Initech", "save");

        assertEquals(200, answer.statusCode());
        Document saved = Jsoup.parse(answer.body());
        assertEquals("Saved. Promised for Fri 20 Mar to Initech.",
                saved.selectFirst(".promisedesk-commitment-form__confirmation").text());
        assertNotNull(saved.selectFirst("#promisedesk-commitment-answer"));
        assertEquals("Fri 20 Mar to Initech", currentCommitment("NET-105"));
        Document sales = WORKBENCH.page("/plugins/servlet/promisedesk/sales/issue/NET-105?role=salesperson");
        assertEquals("Fri 20 Mar", sales.selectFirst("dd.promisedesk-fact--commitment").text());
        assertEquals("Initech", sales.selectFirst("dd.promisedesk-fact--customer").text());
        assertEquals("A note", sales.selectFirst("dd.promisedesk-fact--note").text());
        Document technician = WORKBENCH.page("/browse/NET-105?role=technician");
        assertTrue(technician.selectFirst("dd.workbench-field--commitment").text().contains("Initech"));
        assertNotNull(technician.selectFirst("#promisedesk-overcommit-panel dd.promisedesk-fact--commitment"));
        Document list = WORKBENCH.page("/plugins/servlet/promisedesk/sales/commitments?role=salesperson&customer=Initech&pageSize=100");
        assertTrue(list.select("tr.promisedesk-commitment th.promisedesk-commitment__key").eachText().contains("NET-105"));
    }

    @Test
    public void aSaveFromAFormShownWithoutTheCurrentCommitment_isRefusedAsStale_andChangesNothing() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();
        String form = "date=2026-04-30&customer=Acme&note=&action=save&atl_token=" + token
                + "&expectedDate=2026-04-10&expectedCustomer=Acme";
        HttpRequest request = HttpRequest.newBuilder(WORKBENCH.server().uri().resolve(FORM_PATH + "NET-101"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "promisedesk-workbench-role=salesperson; " + WorkbenchServlet.XSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();

        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertTrue(page.selectFirst("#promisedesk-commitment-date-error").text()
                .endsWith("It is now promised for Sun 12 Apr to Acme."));
        assertEquals("2026-04-12", page.selectFirst("input[name=expectedDate]").val());
        assertEquals("Sun 12 Apr to Acme", currentCommitment("NET-101"));
    }

    @Test
    public void anUnknownIssue_isNotFound() throws Exception {
        String token = token(WORKBENCH.get("/")).orElseThrow();

        assertEquals(404, post("NOPE-1", "salesperson", token, token, "2026-04-30", "Acme", "check").statusCode());
    }

    private String currentCommitment(String key) throws Exception {
        return WORKBENCH.page("/plugins/servlet/promisedesk/sales/issue/" + key + "?role=salesperson")
                .selectFirst("dd.promisedesk-fact--currentCommitment").text();
    }

    private HttpResponse<String> post(String key, String role, String cookieToken, String fieldToken, String date,
                                      String customer, String action) throws Exception {
        String cookies = "promisedesk-workbench-role=" + role
                + (cookieToken == null ? "" : "; " + WorkbenchServlet.XSRF_COOKIE + "=" + cookieToken);
        // With the commitment the issue's form is shown with before this class changes anything.
        String shown = key.equals("NET-101") ? "&expectedDate=2026-04-12&expectedCustomer=Acme" : "";
        String form = "date=" + date + "&customer=" + URLEncoder.encode(customer, StandardCharsets.UTF_8)
                + "&note=A+note&action=" + action + (fieldToken == null ? "" : "&atl_token=" + fieldToken) + shown;
        URI uri = WORKBENCH.server().uri().resolve(FORM_PATH + key);
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
