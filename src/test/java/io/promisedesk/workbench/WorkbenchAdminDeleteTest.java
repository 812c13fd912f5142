package io.promisedesk.workbench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** Deleting a demo team over HTTP, in a workbench of its own: refused over a stale version, then its issues show no team. */
public class WorkbenchAdminDeleteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final String DELETE = "/plugins/servlet/promisedesk/admin/team/service-desk/delete";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void aDeletedTeamsIssues_showNoTeam_andKeepTheirData() throws Exception {
        String issue = WORKBENCH.page("/").selectFirst("#team-service-desk td a").text();
        Document before = WORKBENCH.page("/browse/" + issue + "?role=admin");
        assertEquals("Service desk", before.selectFirst("dd.workbench-field--team").text());
        String eta = before.selectFirst("dd.workbench-field--eta").text();
        String commitment = before.selectFirst("dd.workbench-field--commitment").text();
        String token = WORKBENCH.get("/").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0])
                .findFirst().orElseThrow();

        Document stale = Jsoup.parse(post(token, "version=7&confirm=yes").body());
        assertTrue(stale.selectFirst("#promisedesk-delete-confirm-error").text().startsWith("Someone changed this team"));
        assertEquals("1", stale.selectFirst("input[name=version]").val());
        assertEquals("Service desk", WORKBENCH.page("/browse/" + issue).selectFirst("dd.workbench-field--team").text());

        Document deleted = Jsoup.parse(post(token, "version=1&confirm=yes").body());

        assertTrue(deleted.selectFirst("[role=status]").text().startsWith("Team Service desk deleted."));
        Document after = WORKBENCH.page("/browse/" + issue + "?role=admin");
        assertEquals("No team", after.selectFirst("dd.workbench-field--team").text());
        assertEquals(eta, after.selectFirst("dd.workbench-field--eta").text());
        assertEquals(commitment, after.selectFirst("dd.workbench-field--commitment").text());
        assertNotNull(after.selectFirst("#promisedesk-overcommit-panel"));
        assertTrue(WORKBENCH.page("/").select("tr[data-team=service-desk]").isEmpty());
        assertEquals(404, WORKBENCH.get("/plugins/servlet/promisedesk/admin/team/service-desk?role=admin").statusCode());
    }

    private HttpResponse<String> post(String token, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(WORKBENCH.server().uri().resolve(DELETE)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "promisedesk-workbench-role=admin; " + WorkbenchServlet.XSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(form + "&atl_token=" + token, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
