package io.promisedesk.workbench;

import io.promisedesk.health.TeamQueries;
import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.settings.TeamScope;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The health check on the workbench's stand-in host, over HTTP: the page and the REST resource for admins only, the
 * same checks as in Jira (a team's broken JQL filter red on both, and the team list's banner after it), and the
 * stand-ins themselves.
 */
public class WorkbenchHealthTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String HEALTH = "/plugins/servlet/promisedesk/admin/health";
    private static WorkbenchServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @BeforeClass
    public static void start() throws Exception {
        server = WorkbenchServer.start(WorkbenchWorld.of(ScenarioReader.read(
                Files.readString(Path.of("docs", "examples", "demo.json")))), 0);
    }

    @AfterClass
    public static void stop() throws Exception {
        server.close();
    }

    private Connection.Response page(String path, String role) throws Exception {
        return Jsoup.connect(server.uri().resolve(path + "?role=" + role).toString()).ignoreHttpErrors(true).execute();
    }

    private HttpResponse<String> rest(String role) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.uri().resolve(WorkbenchRest.BASE + "health")
                + "?role=" + role)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void anAdmin_seesEveryArea_ofTheStandInHost_withItsMailAmber() throws Exception {
        Connection.Response response = page(HEALTH, "admin");

        assertEquals(200, response.statusCode());
        Document page = response.parse();
        assertEquals(List.of("versions", "fields", "storage", "digestJob", "mail", "teams", "cluster", "templates"),
                page.select("section.promisedesk-health-area").eachAttr("data-area"));
        assertEquals("Attention", page.selectFirst(".promisedesk-health__overall .promisedesk-health-verdict").text());
        assertEquals("Jira has no outgoing mail server, so digests are not sent.",
                page.selectFirst("section[data-area=mail] .promisedesk-health-finding__text").text());
        assertTrue(page.selectFirst("section[data-area=templates]").text().contains("All "
                + io.promisedesk.health.TemplateCheck.TEMPLATES.size() + " templates render."));
        assertTrue(page.select("section[data-area=teams] .promisedesk-health-finding__text").eachText().stream()
                .anyMatch(line -> line.matches("Team Field operations: its search finds [\\d,]+ open issues you may browse,"
                        + " assessed in [\\d,]+ ms\\.")));
    }

    @Test
    public void everyRoleButAdmin_isRefused_thePageAndTheResource() throws Exception {
        for (String role : List.of("technician", "salesperson", "none")) {
            assertEquals(role, 403, page(HEALTH, role).statusCode());
            assertEquals(role, 403, rest(role).statusCode());
        }
        assertEquals(401, rest(WorkbenchRest.ANONYMOUS).statusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void theResource_givesTheSameChecks_asJson() throws Exception {
        HttpResponse<String> response = rest("admin");

        assertEquals(200, response.statusCode());
        Map<String, Object> body = (Map<String, Object>) Json.parse(response.body());
        assertEquals("amber", body.get("verdict"));
        List<Map<String, Object>> areas = (List<Map<String, Object>>) body.get("areas");
        assertEquals(8, areas.size());
        assertEquals("Outgoing mail", areas.get(4).get("title"));
    }

    @Test
    public void aTeamsBrokenFilter_isRedOnTheHealthCheck_andThenTheTeamListShowsTheBanner() throws Exception {
        String team = "{\"key\": \"night-shift\", \"name\": \"Night shift\", \"projects\": [\"FO\"],"
                + " \"jql\": \"labels = night AND (priority = High\","
                + " \"members\": [{\"user\": \"nina\", \"weeklyHours\": 20}], \"workingDays\": [\"MONDAY\"],"
                + " \"focusFactor\": 1, \"timeZone\": \"UTC\", \"defaultEstimate\": 8, \"warn\": 0.85, \"critical\": 1}";
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(server.uri()
                        .resolve(WorkbenchRest.BASE + "settings/teams") + "?role=admin")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(team)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(created.body(), 201, created.statusCode());
        try {
            Document health = page(HEALTH, "admin").parse();

            assertEquals("Problem", health.selectFirst("section[data-area=teams] h2 .promisedesk-health-verdict").text());
            assertEquals("The search of team Night shift is not valid JQL: 1 '(' not closed",
                    health.selectFirst("section[data-area=teams] .promisedesk-health-finding--red"
                            + " .promisedesk-health-finding__text").text());
            assertEquals("project in (\"FO\") AND (labels = night AND (priority = High) AND statusCategory != Done"
                    + " ORDER BY key ASC", health.selectFirst("section[data-area=teams] .promisedesk-health-finding--red"
                    + " code").text());
            Document list = page("/plugins/servlet/promisedesk/admin", "admin").parse();
            assertEquals("The health check finds 1 problem: Promise Desk may not work as it should. Open the health check",
                    list.selectFirst(".promisedesk-admin__health-banner").text());
        } finally {
            client.send(HttpRequest.newBuilder(URI.create(server.uri().resolve(WorkbenchRest.BASE
                    + "settings/teams/night-shift") + "?version=1&role=admin")).timeout(TIMEOUT).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        page(HEALTH, "admin");
        assertNull(page("/plugins/servlet/promisedesk/admin", "admin").parse()
                .selectFirst(".promisedesk-admin__health-banner"));
    }

    @Test
    public void theStandInParser_refusesUnpairedQuotesAndParentheses_only() {
        assertTrue(WorkbenchHealth.query(scope("labels = \"a (b\" AND (x = 1)")) instanceof TeamQueries.Query.Valid);
        assertEquals(List.of("a ')' at character 6 closes nothing"),
                ((TeamQueries.Query.Invalid) WorkbenchHealth.query(scope("x = 1) AND (y"))).errors().subList(0, 1));
        assertEquals(List.of("a quote is not closed"),
                ((TeamQueries.Query.Invalid) WorkbenchHealth.query(scope("summary ~ \"open"))).errors());
        assertTrue(WorkbenchHealth.query(new TeamScope(Optional.empty(), Set.of(), Optional.empty()))
                instanceof TeamQueries.Query.NoProjects);
    }

    @Test
    public void thePluginVersion_isTheOneTheBuildWroteIntoTheDescriptor() throws Exception {
        Matcher version = Pattern.compile("<artifactId>promise-desk</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));

        assertTrue(version.find());
        assertEquals(Optional.of(version.group(1)), WorkbenchHealth.pluginVersion());
    }

    private static TeamScope scope(String jql) {
        return new TeamScope(Optional.empty(), Set.of("FO"), Optional.of(jql));
    }
}
