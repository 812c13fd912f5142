package io.promisedesk.workbench;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.promisedesk.jira.rest.TeamSettingsResource;
import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.ScenarioReader;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The checks that run before every one of the plugin's REST resources, in the workbench as in Jira, proven on every
 * resource method the workbench hosts: a write whose body is not declared JSON is 415, and a method marked
 * {@code @LicensedOnly} refuses nobody logged in with 401.
 */
public class WorkbenchRestGuardsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String DEMO = "docs/examples/demo.json";
    private static WorkbenchServer server;
    private static List<Route> routes;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** One resource method: its HTTP method, its path with a real key put in, and whether it is marked licensed only. */
    private record Route(String method, String path, boolean licensedOnly) {
    }

    @BeforeClass
    public static void start() throws Exception {
        WorkbenchWorld world = WorkbenchWorld.of(ScenarioReader.read(Files.readString(java.nio.file.Path.of(DEMO))));
        WorkbenchAccess access = new WorkbenchAccess(world, issue -> false);
        routes = routes(WorkbenchRest.resources(world, access, WorkbenchHealth.of(world, access)));
        server = WorkbenchServer.start(world, 0);
    }

    @AfterClass
    public static void stop() throws Exception {
        server.close();
    }

    @Test
    public void theRouteTable_findsEveryResourceMethod_writesAndReadsAlike() {
        assertTrue(routes.contains(new Route("POST", "scenario/assess", true)));
        assertTrue(routes.contains(new Route("PUT", "issue/NET-105/commitment", true)));
        assertTrue(routes.contains(new Route("POST", "settings/teams", true)));
        assertTrue(routes.contains(new Route("GET", "health", true)));
        assertEquals(routes.toString(), 7, routes.stream().filter(route -> hasBody(route.method())).count());
    }

    @Test
    public void everyWrite_withoutContentType_is415WithTheReason_beforeTheResourceRuns() throws Exception {
        for (Route route : routes) {
            if (!hasBody(route.method())) {
                continue;
            }
            HttpResponse<String> response = send(route.method(), route.path(), "admin", null, "{}");
            assertEquals(route + " " + response.body(), 415, response.statusCode());
            assertEquals(route.toString(), Map.of("body", "Send the request body as JSON, with the header Content-Type:"
                    + " application/json."), Json.parse(response.body()) instanceof Map<?, ?> body ? body.get("errors") : null);
        }
    }

    @Test
    public void aWriteWithoutContentType_changesNothing_aTeamIsNotCreated() throws Exception {
        String team = "{\"key\": \"forged\", \"name\": \"Forged\", \"projects\": [\"FO\"], \"members\": [{\"user\": \"mallory\","
                + " \"weeklyHours\": 20}], \"workingDays\": [\"MONDAY\"], \"focusFactor\": 1, \"timeZone\": \"UTC\","
                + " \"defaultEstimate\": 8, \"warn\": 0.85, \"critical\": 1}";
        assertEquals("the control: the same body as JSON is taken", 201 / 100, send("POST", "settings/teams", "admin",
                "application/json", team.replace("forged", "control")).statusCode() / 100);

        HttpResponse<String> forged = send("POST", "settings/teams", "admin", null, team);
        HttpResponse<String> scenario = send("POST", "scenario/assess", "technician", null, Files.readString(java.nio.file.Path.of(DEMO)));

        assertEquals(415, forged.statusCode());
        assertEquals(415, scenario.statusCode());
        assertEquals(404, send("GET", "settings/teams/forged", "admin", null, null).statusCode());
    }

    @Test
    public void everyFormType_andWildcards_are415WithTheReason_inDutchWhenPreferred() throws Exception {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/*", "*/*", "application/json-patch+json")) {
            HttpRequest request = request("POST", "promise-check", "salesperson", type, "{}")
                    .header("Accept-Language", "nl").build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(type, 415, response.statusCode());
            assertTrue(type + response.body(), response.body().contains("Stuur de inhoud van het verzoek als JSON"));
        }
    }

    @Test
    public void anUnreadableContentType_isRefused_beforeTheResourceRuns() throws Exception {
        HttpResponse<String> response = send("POST", "promise-check", "salesperson", "json, please",
                "{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": 4}");

        // Jersey itself refuses a header it cannot parse (400); had it not, our filter would (415).
        assertTrue(response.statusCode() + response.body(), response.statusCode() == 400 || response.statusCode() == 415);
    }

    @Test
    public void jsonWithACharset_reachesTheResource() throws Exception {
        HttpResponse<String> response = send("POST", "promise-check", "salesperson", "Application/JSON; charset=UTF-8",
                "{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": 4}");

        assertEquals(response.body(), 200, response.statusCode());
    }

    @Test
    public void everyLicensedOnlyMethod_refusesNobodyLoggedIn_with401_beforeTheResourceRuns() throws Exception {
        for (Route route : routes) {
            assertTrue(route + " is not marked @LicensedOnly", route.licensedOnly());
            // A small body: one the resource would answer 400 had it run; a large one left unread by a refusal can
            // cost the client its pooled connection.
            String body = hasBody(route.method()) ? "{}" : null;
            HttpResponse<String> response = send(route.method(), route.path(), WorkbenchRest.ANONYMOUS,
                    body == null ? null : "application/json", body);
            assertEquals(route + " " + response.body(), 401, response.statusCode());
            assertEquals(route.toString(), Map.of("user", "Log in to use Promise Desk."),
                    ((Map<?, ?>) Json.parse(response.body())).get("errors"));
        }
    }

    @Test
    public void aLoggedInCaller_reachesALicensedOnlyResource() throws Exception {
        HttpResponse<String> response = send("POST", "scenario/assess", "none", "application/json",
                Files.readString(java.nio.file.Path.of(DEMO)));

        assertEquals(200, response.statusCode());
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT");
    }

    private static List<Route> routes(List<Object> resources) {
        List<Route> found = new ArrayList<>();
        for (Object resource : resources) {
            Class<?> type = resource.getClass();
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class)
                        ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceFirst("^/", "")
                        .replace("{key}", type == TeamSettingsResource.class ? "network" : "NET-105");
                found.add(new Route(verb, path, LicensedOnlyFeature.marked(method, type)));
            }
        }
        return found;
    }

    private HttpResponse<String> send(String method, String path, String role, String type, String body) throws Exception {
        return client.send(request(method, path, role, type, body).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String method, String path, String role, String type, String body) {
        String query = path.startsWith("settings/teams/") && method.equals("DELETE") ? "&version=1" : "";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri().resolve(WorkbenchRest.BASE + path)
                + "?role=" + role + query)).timeout(TIMEOUT).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return type == null ? request : request.header("Content-Type", type);
    }
}
