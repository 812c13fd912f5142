package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.ScenarioReader;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The plugin's REST resources hosted by the workbench in Jersey 2, over HTTP, per role: the demo data, with the
 * service desk's issues (SD) hidden from everybody but admins to stand in for a project one may not browse.
 */
public class WorkbenchRestTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static WorkbenchServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @BeforeClass
    public static void start() throws Exception {
        WorkbenchWorld world = WorkbenchWorld.of(ScenarioReader.read(
                Files.readString(Path.of("docs", "examples", "demo.json"))));
        server = WorkbenchServer.start(world, 0, issue -> issue.project().equals("SD"));
    }

    @AfterClass
    public static void stop() throws Exception {
        server.close();
    }

    @Test
    public void aTeamsAssessment_forATechnician_isJsonWithTheVerdicts() throws Exception {
        HttpResponse<String> response = get("team/field-ops/assessment", "technician");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Map<?, ?> body = json(response);
        assertEquals("OVERCOMMITTED", body.get("level"));
        assertEquals("FO-135", ((Map<?, ?>) ((List<?>) body.get("issues")).get(0)).get("key"));
    }

    @Test
    public void aTeamOfHiddenIssues_showsNoneOfThem_butAnAdminSeesThemAll() throws Exception {
        HttpResponse<String> salesperson = get("team/service-desk/assessment", "salesperson");
        HttpResponse<String> admin = get("team/service-desk/assessment", "admin");

        assertEquals(200, salesperson.statusCode());
        assertEquals(List.of(), json(salesperson).get("issues"));
        assertFalse(salesperson.body().contains("SD-"));
        assertEquals(79, ((List<?>) json(admin).get("issues")).size());
    }

    @Test
    public void everyRole_readsAnIssuesAssessment_theLatestPathToo() throws Exception {
        for (String role : List.of("salesperson", "technician", "admin", "none")) {
            HttpResponse<String> response = get("issue/FO-135/assessment", role);
            assertEquals(role, 200, response.statusCode());
            assertEquals(role, "committed", json(response).get("state"));
        }
        HttpRequest latest = HttpRequest.newBuilder(server.uri().resolve("/rest/promise-desk/latest/issue/FO-135/assessment"))
                .timeout(TIMEOUT).GET().build();
        assertEquals(200, client.send(latest, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    public void aHiddenIssue_isAnsweredAsAMissingOne_forReadingAndSetting() throws Exception {
        HttpResponse<String> hidden = get("issue/SD-109/assessment", "technician");
        HttpResponse<String> missing = get("issue/SD-9999/assessment", "technician");
        HttpResponse<String> hiddenEta = put("issue/SD-109/eta", "technician", "application/json",
                "{\"eta\": \"2026-03-20\", \"reason\": \"r\", \"expectedCurrentEta\": \"2026-03-08\"}");
        HttpResponse<String> missingEta = put("issue/SD-9999/eta", "technician", "application/json",
                "{\"eta\": \"2026-03-20\", \"reason\": \"r\", \"expectedCurrentEta\": \"2026-03-08\"}");

        assertEquals(404, hidden.statusCode());
        assertEquals(missing.statusCode(), hidden.statusCode());
        assertEquals(missing.body().replace("SD-9999", "KEY"), hidden.body().replace("SD-109", "KEY"));
        assertEquals(404, hiddenEta.statusCode());
        assertEquals(missingEta.body().replace("SD-9999", "KEY"), hiddenEta.body().replace("SD-109", "KEY"));
        assertEquals(200, get("issue/SD-109/assessment", "admin").statusCode());
    }

    @Test
    public void nobodyLoggedIn_is401() throws Exception {
        assertEquals(401, get("team/field-ops/assessment", WorkbenchRest.ANONYMOUS).statusCode());
        assertEquals(401, get("issue/FO-135/assessment", WorkbenchRest.ANONYMOUS).statusCode());
    }

    @Test
    public void aTechnicianSetsAnEta_andTheIssuesAssessmentReadsIt() throws Exception {
        HttpResponse<String> response = put("issue/FO-130/eta", "technician", "application/json",
                "{\"eta\": \"2026-03-28\", \"reason\": \"waiting for the customer\", \"expectedCurrentEta\": \"2026-03-14\"}");

        assertEquals(response.body(), 200, response.statusCode());
        assertEquals("Technician", json(response).get("author"));
        Map<?, ?> verdict = (Map<?, ?>) json(get("issue/FO-130/assessment", "technician")).get("verdict");
        assertEquals("2026-03-28", verdict.get("eta"));
    }

    @Test
    public void aStaleEta_is409_withTheCurrentOne_andBadInput400() throws Exception {
        HttpResponse<String> stale = put("issue/FO-127/eta", "admin", "application/json",
                "{\"eta\": \"2026-03-28\", \"reason\": \"r\", \"expectedCurrentEta\": \"2026-03-10\"}");
        HttpResponse<String> bad = put("issue/FO-127/eta", "admin", "application/json",
                "{\"eta\": \"soon\", \"expectedCurrentEta\": \"2026-03-21\"}");

        assertEquals(409, stale.statusCode());
        assertEquals("2026-03-21", json(stale).get("currentEta"));
        assertEquals(400, bad.statusCode());
        assertEquals("\"soon\" is not a date; write it like 2026-03-13.", ((Map<?, ?>) json(bad).get("errors")).get("eta"));
    }

    @Test
    public void aSalespersonMayNotSetAnEta_403() throws Exception {
        HttpResponse<String> response = put("issue/FO-133/eta", "salesperson", "application/json",
                "{\"eta\": \"2026-03-28\", \"reason\": \"r\", \"expectedCurrentEta\": \"2026-03-11\"}");

        assertEquals(403, response.statusCode());
    }

    @Test
    public void aFormPost_isRefused415_soItCannotBeForgedFromAnotherSite() throws Exception {
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data")) {
            HttpResponse<String> response = put("issue/FO-133/eta", "technician", type,
                    "eta=2026-03-28&reason=r&expectedCurrentEta=2026-03-11");
            assertEquals(type, 415, response.statusCode());
        }
    }

    @Test
    public void twoSalespeopleSetACommitment_theSecondFromTheSameOne_is409WithTheFirsts_thenSavesAgainstIt() throws Exception {
        String opened = "\"expectedCurrent\": {\"date\": \"2026-04-15\", \"customer\": \"Stark Industries\"}";
        HttpResponse<String> first = put("issue/NET-102/commitment", "salesperson", "application/json",
                "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"note\": \"By phone\", " + opened + "}");
        HttpResponse<String> second = put("issue/NET-102/commitment", "salesperson", "application/json",
                "{\"date\": \"2026-04-24\", \"customer\": \"Initech\", " + opened + "}");

        assertEquals(first.body(), 200, first.statusCode());
        assertEquals("Globex", json(first).get("customer"));
        assertEquals(Map.of("date", "2026-04-15", "customer", "Stark Industries"), json(first).get("previous"));
        assertEquals(second.body(), 409, second.statusCode());
        assertEquals(Map.of("date", "2026-04-20", "customer", "Globex"), json(second).get("current"));
        assertEquals("Someone else changed the commitment while you were editing. Check the commitment promised now"
                + " and save again; what you entered is kept.", ((Map<?, ?>) json(second).get("errors")).get("expectedCurrent"));

        HttpResponse<String> again = put("issue/NET-102/commitment", "salesperson", "application/json",
                "{\"date\": \"2026-04-24\", \"customer\": \"Initech\", \"expectedCurrent\": "
                        + Json.write(json(second).get("current")) + "}");

        assertEquals(again.body(), 200, again.statusCode());
        Map<?, ?> verdict = (Map<?, ?>) json(get("issue/NET-102/assessment", "salesperson")).get("verdict");
        assertEquals("2026-04-24", verdict.get("commitment"));
        assertEquals("Initech", verdict.get("customer"));
    }

    @Test
    public void aCommitment_isForSalesAndAdmins_onIssuesTheyMayBrowse_andJsonOnly() throws Exception {
        String body = "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"expectedCurrent\": null}";

        assertEquals(401, put("issue/NET-105/commitment", WorkbenchRest.ANONYMOUS, "application/json", body).statusCode());
        assertEquals(403, put("issue/NET-105/commitment", "technician", "application/json", body).statusCode());
        HttpResponse<String> hidden = put("issue/SD-109/commitment", "salesperson", "application/json", body);
        HttpResponse<String> missing = put("issue/SD-9999/commitment", "salesperson", "application/json", body);
        assertEquals(404, hidden.statusCode());
        assertEquals(missing.body().replace("SD-9999", "KEY"), hidden.body().replace("SD-109", "KEY"));
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data")) {
            assertEquals(type, 415, put("issue/NET-105/commitment", "salesperson", type,
                    "date=2026-04-20&customer=Globex").statusCode());
        }
        assertEquals("uncommitted", json(get("issue/NET-105/assessment", "salesperson")).get("state"));
    }

    @Test
    public void thePromiseCheck_answersForATeam_andRefusesBadInput() throws Exception {
        HttpResponse<String> answer = post("promise-check", "salesperson",
                "{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": 4}");
        HttpResponse<String> bad = post("promise-check", "salesperson", "{\"team\": \"service-desk\"}");
        HttpResponse<String> hidden = post("promise-check", "salesperson", "{\"issue\": \"SD-109\", \"date\": \"2026-04-01\"}");

        assertEquals(200, answer.statusCode());
        assertEquals(true, json(answer).get("feasible"));
        assertEquals(400, bad.statusCode());
        assertEquals(404, hidden.statusCode());
    }

    @Test
    public void overHttp_aNumberNoFieldTakes_orNoJsonValue_isA400NamingTheField() throws Exception {
        HttpResponse<String> huge = post("promise-check", "salesperson",
                "{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": 1e308}");
        HttpResponse<String> notANumber = post("promise-check", "salesperson",
                "\uFEFF{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": NaN}");

        assertEquals(400, huge.statusCode());
        assertEquals(Map.of("hours", "1e308 is far out of range for this field."), json(huge).get("errors"));
        assertEquals(400, notANumber.statusCode());
        assertEquals(Map.of("hours", "hours is not valid JSON: 'NaN' is not a JSON value (line 1, column 57)."),
                json(notANumber).get("errors"));
    }

    @Test
    public void theScenarioAssessment_isStillServed() throws Exception {
        HttpResponse<String> response = post("scenario/assess", "technician",
                Files.readString(Path.of("docs", "examples", "demo.json")));

        assertEquals(200, response.statusCode());
        assertEquals(Files.readString(Path.of("docs", "examples", "demo.assess.json")).strip(), response.body().strip());
    }

    private HttpResponse<String> get(String path, String role) throws Exception {
        return send(HttpRequest.newBuilder(uri(path, role)).timeout(TIMEOUT).GET().build());
    }

    private HttpResponse<String> put(String path, String role, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path, role)).timeout(TIMEOUT).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> post(String path, String role, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path, role)).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static java.net.URI uri(String path, String role) {
        return server.uri().resolve(WorkbenchRest.BASE + path + "?role=" + role);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<?, ?> json(HttpResponse<String> response) throws Json.SyntaxException {
        return (Map<?, ?>) Json.parse(response.body());
    }
}
