package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.ScenarioReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The team and global settings resources hosted by the workbench, over HTTP: admins only, JSON only, and a team
 * saved over REST is the admin page's and the panels' team too, since both use the world's settings services.
 */
public class WorkbenchSettingsRestTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ADMIN_PAGE = "/plugins/servlet/promisedesk/admin?role=admin";
    private static WorkbenchServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @BeforeClass
    public static void start() throws Exception {
        WorkbenchWorld world = WorkbenchWorld.of(ScenarioReader.read(
                Files.readString(Path.of("docs", "examples", "demo.json"))));
        server = WorkbenchServer.start(world, 0);
    }

    @AfterClass
    public static void stop() throws Exception {
        server.close();
    }

    @Test
    public void anAdmin_listsTheScenariosTeams_atVersionOne() throws Exception {
        HttpResponse<String> response = send("GET", "settings/teams", "admin", null, null);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<?> teams = (List<?>) json(response).get("teams");
        assertTrue(teams.stream().anyMatch(team -> "field-ops".equals(((Map<?, ?>) team).get("key"))));
        assertTrue(teams.stream().allMatch(team -> ((Map<?, ?>) team).get("version") != null));
    }

    @Test
    public void everyRoleButAdmin_is403_andNobody401() throws Exception {
        for (String role : List.of("technician", "salesperson", "none")) {
            assertEquals(role, 403, send("GET", "settings/teams", role, null, null).statusCode());
            assertEquals(role, 403, send("GET", "settings/global", role, null, null).statusCode());
            assertEquals(role, 403, send("DELETE", "settings/teams/network?version=1", role, null, null).statusCode());
        }
        assertEquals(401, send("GET", "settings/teams/network", WorkbenchRest.ANONYMOUS, null, null).statusCode());
        assertEquals(401, send("PUT", "settings/global", WorkbenchRest.ANONYMOUS, "application/json", "{}").statusCode());
    }

    @Test
    public void aTeamCreatedOverRest_isOnTheAdminPage_andDeletedOverRest_isGoneFromIt() throws Exception {
        String team = "{\"key\": \"night-shift\", \"name\": \"Night shift\", \"projects\": [\"FO\"],"
                + " \"members\": [{\"user\": \"nina\", \"weeklyHours\": 20}], \"workingDays\": [\"MONDAY\"],"
                + " \"focusFactor\": 1, \"timeZone\": \"UTC\", \"defaultEstimate\": 8, \"warn\": 0.85, \"critical\": 1}";

        HttpResponse<String> created = send("POST", "settings/teams", "admin", "application/json", team);

        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/rest/promise-desk/1.0/settings/teams/night-shift"));
        Document page = Jsoup.connect(server.uri().resolve(ADMIN_PAGE).toString()).get();
        assertNotNull(page.selectFirst("tr[data-team=night-shift]"));

        HttpResponse<String> deleted = send("DELETE", "settings/teams/night-shift?version=1", "admin", null, null);

        assertEquals(200, deleted.statusCode());
        assertNull(Jsoup.connect(server.uri().resolve(ADMIN_PAGE).toString()).get().selectFirst("tr[data-team=night-shift]"));
        assertEquals(404, send("GET", "settings/teams/night-shift", "admin", null, null).statusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void thresholdsSavedOverRest_showOnTheAdminForm_andInTheTeamsAssessment() throws Exception {
        Map<String, Object> network = (Map<String, Object>) json(send("GET", "settings/teams/network", "admin", null, null));
        String before = (String) json(send("GET", "team/network/assessment", "technician", null, null)).get("level");
        network.put("warn", new BigDecimal("9.5"));
        network.put("critical", new BigDecimal("10"));

        HttpResponse<String> saved = send("PUT", "settings/teams/network", "admin", "application/json", Json.write(network));
        HttpResponse<String> stale = send("PUT", "settings/teams/network", "admin", "application/json", Json.write(network));

        assertEquals(saved.body(), 200, saved.statusCode());
        assertEquals(409, stale.statusCode());
        Document form = Jsoup.connect(server.uri().resolve("/plugins/servlet/promisedesk/admin/team/network?role=admin")
                .toString()).get();
        assertEquals("9.5", form.selectFirst("input[name=warn]").val());
        Map<?, ?> assessment = json(send("GET", "team/network/assessment", "technician", null, null));
        assertEquals("WARNING", before);
        assertEquals("OK", assessment.get("level"));
    }

    @Test
    public void aRefusedTeam_is400WithTheFormsMessage_andAFormPost415() throws Exception {
        HttpResponse<String> refused = send("POST", "settings/teams", "admin", "application/json",
                "{\"key\": \"x\", \"name\": \"X\", \"projects\": [\"NOPE\"], \"members\": [{\"user\": \"a\", \"weeklyHours\": 8}],"
                        + " \"workingDays\": [\"MONDAY\"], \"focusFactor\": 1.5, \"timeZone\": \"UTC\", \"defaultEstimate\": 8,"
                        + " \"warn\": 1, \"critical\": 1}");
        HttpResponse<String> form = send("POST", "settings/teams", "admin", "application/x-www-form-urlencoded",
                "key=x&name=X");

        assertEquals(400, refused.statusCode());
        assertEquals("Jira has no project \"NOPE\".", ((Map<?, ?>) json(refused).get("errors")).get("projects"));
        assertEquals("The warning level 1 must be below the critical level 1.",
                ((Map<?, ?>) json(refused).get("errors")).get("warn"));
        assertEquals("The focus factor must be above 0 and at most 1, not 1.5.",
                ((Map<?, ?>) json(refused).get("errors")).get("focusFactor"));
        assertEquals(415, form.statusCode());
        assertEquals(404, send("GET", "settings/teams/x", "admin", null, null).statusCode());
    }

    @Test
    public void theGlobalSettings_areReadAndReplacedOverRest_andShowOnTheSalesGroupsPage() throws Exception {
        Map<?, ?> read = json(send("GET", "settings/global", "admin", null, null));
        String body = "{\"version\": " + read.get("version") + ", \"statusPhrases\": {\"Waiting for parts\":"
                + " \"WAITING_FOR_CUSTOMER\"}, \"salesGroups\": [\"sales-americas\"]}";

        HttpResponse<String> saved = send("PUT", "settings/global", "admin", "application/json", body);

        assertEquals(saved.body(), 200, saved.statusCode());
        assertEquals(List.of("sales-americas"), json(saved).get("salesGroups"));
        Document page = Jsoup.connect(server.uri().resolve("/plugins/servlet/promisedesk/admin/sales-groups?role=admin")
                .toString()).get();
        assertTrue(page.selectFirst("textarea[name=salesGroups]").val().contains("sales-americas"));
        assertEquals(409, send("PUT", "settings/global", "admin", "application/json", body).statusCode());
    }

    private HttpResponse<String> send(String method, String path, String role, String type, String body) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri().resolve(WorkbenchRest.BASE + path)
                + separator + "role=" + role)).timeout(TIMEOUT);
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<?, ?> json(HttpResponse<String> response) throws Json.SyntaxException {
        return (Map<?, ?>) Json.parse(response.body());
    }
}
