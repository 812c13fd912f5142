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
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The admin pages over HTTP: admins only, forms with the XSRF token, saving and deleting teams, conflicts. */
public class WorkbenchAdminRouteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private static final String ADMIN = "/plugins/servlet/promisedesk/admin";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void everyAdminPage_isForAdminsOnly() throws Exception {
        for (String path : List.of(ADMIN, ADMIN + "/team/new", ADMIN + "/team/service-desk",
                ADMIN + "/team/service-desk/delete", ADMIN + "/phrases", ADMIN + "/sales-groups", ADMIN + "/policies")) {
            assertEquals(path, 200, WORKBENCH.get(path + "?role=admin").statusCode());
            for (String role : List.of("technician", "salesperson", "none")) {
                HttpResponse<String> refused = WORKBENCH.get(path + "?role=" + role);
                assertEquals(path + " as " + role, 403, refused.statusCode());
                assertEquals("The admin pages are for Jira admins.",
                        Jsoup.parse(refused.body()).selectFirst(".workbench-forbidden").text());
            }
        }
        assertEquals(404, WORKBENCH.get(ADMIN + "/team/no-such-team?role=admin").statusCode());
        assertEquals(404, WORKBENCH.get(ADMIN + "/elsewhere?role=admin").statusCode());
    }

    @Test
    public void theListShowsEveryDemoTeamsLoad_andTheHeaderLinksItForAdmins() throws Exception {
        Document page = WORKBENCH.page(ADMIN + "?role=admin");

        assertEquals(List.of("field-ops", "network", "service-desk"), page.select("tr.promisedesk-admin-team")
                .eachAttr("data-team").stream().sorted().collect(Collectors.toList()));
        assertEquals("Overcommitted", page.selectFirst("tr[data-team=field-ops] .promisedesk-admin-team__level").text());
        assertEquals(ADMIN, WORKBENCH.page("/?role=admin").selectFirst("a.workbench-nav__admin").attr("href"));
        assertTrue(WORKBENCH.page("/?role=technician").select("a.workbench-nav__admin").isEmpty());
    }

    @Test
    public void postsNeedTheAdminRoleAndTheToken() throws Exception {
        String token = token();
        Map<String, String> form = Map.of("salesGroups", "sales-emea", "version", "1");
        assertEquals(403, post("technician", token, token, ADMIN + "/sales-groups", form).statusCode());
        assertEquals(403, post("salesperson", token, token, ADMIN + "/sales-groups", form).statusCode());
        assertEquals(403, post("admin", token, null, ADMIN + "/sales-groups", form).statusCode());
        assertEquals(403, post("admin", null, token, ADMIN + "/sales-groups", form).statusCode());
        assertEquals(403, post("admin", token, token + "0", ADMIN + "/sales-groups", form).statusCode());
    }

    @Test
    public void thePolicies_areSavedByAnAdminOnly_andShownAgain() throws Exception {
        String token = token();
        Map<String, String> policies = Map.of("snapshotWaitMinutes", "3", "statusLinksEnabled", "on",
                "statusLinkMaxDays", "30", "allowedEmailDomains", "example.com", "version", "1");

        assertEquals(403, post("salesperson", token, token, ADMIN + "/policies", policies).statusCode());
        Document saved = Jsoup.parse(post("admin", token, token, ADMIN + "/policies", policies).body());

        assertEquals("3", saved.getElementById("promisedesk-policies-snapshotWaitMinutes").val());
        assertEquals("example.com", saved.getElementById("promisedesk-policies-allowedEmailDomains").val());
        assertTrue(saved.getElementById("promisedesk-policies-statusLinksEnabled").hasAttr("checked"));
        assertEquals("3", WORKBENCH.page(ADMIN + "/policies?role=admin")
                .getElementById("promisedesk-policies-snapshotWaitMinutes").val());
    }

    @Test
    public void aNewTeamIsCreatedOnce_thenDeletedOnlyWhenConfirmed() throws Exception {
        String token = token();
        Map<String, String> team = Map.of("key", "night-shift", "name", "Night shift", "projects", "SD",
                "members", "zoe: 20", "workingDays", "MONDAY", "focusFactor", "1", "timeZone", "UTC",
                "defaultEstimate", "8", "warn", "0.8", "critical", "1");

        Document saved = Jsoup.parse(post("admin", token, token, ADMIN + "/team/new", team).body());
        Document again = Jsoup.parse(post("admin", token, token, ADMIN + "/team/new", team).body());
        Document unconfirmed = Jsoup.parse(post("admin", token, token, ADMIN + "/team/night-shift/delete",
                Map.of("version", "1")).body());
        Document deleted = Jsoup.parse(post("admin", token, token, ADMIN + "/team/night-shift/delete",
                Map.of("version", "1", "confirm", "yes")).body());

        assertEquals("Team Night shift saved.", saved.selectFirst("[role=status]").text());
        assertNotNull(saved.selectFirst("tr[data-team=night-shift]"));
        assertEquals("A team with key night-shift exists already; choose another key.",
                again.selectFirst("#promisedesk-team-key-error").text());
        assertEquals("Night shift", again.selectFirst("#promisedesk-team-name").val());
        assertNotNull(unconfirmed.selectFirst("#promisedesk-delete-confirm-error"));
        assertTrue(deleted.selectFirst("[role=status]").text().startsWith("Team Night shift deleted."));
        assertTrue(deleted.select("tr[data-team=night-shift]").isEmpty());
    }

    @Test
    public void aSecondAdminSavingTheSameVersion_seesTheFirstOnesValues() throws Exception {
        String token = token();
        Document form = WORKBENCH.page(ADMIN + "/team/network?role=admin");
        Map<String, String> first = formValues(form, Map.of("name", "Network engineering (first)"));
        Map<String, String> second = formValues(form, Map.of("name", "Network engineering (second)"));

        post("admin", token, token, ADMIN + "/team/network", first);
        Document conflict = Jsoup.parse(post("admin", token, token, ADMIN + "/team/network", second).body());

        assertTrue(conflict.selectFirst("#promisedesk-team-form-error").text().startsWith("Someone else saved this team"));
        assertEquals(List.of("Network engineering (first)"), conflict.select(".promisedesk-team-form__newer dd").eachText());
        assertEquals("Network engineering (second)", conflict.selectFirst("#promisedesk-team-name").val());
        assertEquals("Network engineering (first)",
                WORKBENCH.page(ADMIN + "?role=admin").selectFirst("tr[data-team=network] th").text());
    }

    /** The form's values as a browser would send them, with {@code changes} typed over them. */
    private static Map<String, String> formValues(Document page, Map<String, String> changes) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        page.select("form.promisedesk-team-form input[type=text], form.promisedesk-team-form input[type=hidden],"
                + " form.promisedesk-team-form textarea").forEach(field -> values.put(field.attr("name"), field.val()));
        values.remove("atl_token");
        values.put("workingDays", page.select("input[name=workingDays][checked]").eachAttr("value").get(0));
        values.putAll(changes);
        return values;
    }

    private String token() throws Exception {
        return WORKBENCH.get("/").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0])
                .findFirst().orElseThrow();
    }

    private HttpResponse<String> post(String role, String cookieToken, String fieldToken, String path,
                                      Map<String, String> fields) throws Exception {
        String cookies = "promisedesk-workbench-role=" + role
                + (cookieToken == null ? "" : "; " + WorkbenchServlet.XSRF_COOKIE + "=" + cookieToken);
        String body = fields.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&")) + (fieldToken == null ? "" : "&atl_token=" + fieldToken);
        URI uri = WORKBENCH.server().uri().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
