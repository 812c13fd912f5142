package io.promisedesk.workbench;

import io.promisedesk.scenario.ScenarioReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The workbench's own index and issue page honour hidden issues as Jira's issue navigator and issue view do, on the
 * demo data with the service desk's issues (SD) hidden from all but admins: a hidden issue's page is not found,
 * exactly as a missing one, and the index neither lists nor counts hidden issues.
 */
public class WorkbenchHiddenIssuesTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static WorkbenchServer server;

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
    public void aHiddenIssuesPage_isNotFound_exactlyAsAMissingOne() throws Exception {
        for (String role : List.of("technician", "salesperson", "none")) {
            HttpResponse<String> hidden = get("/browse/SD-109?role=" + role);
            HttpResponse<String> missing = get("/browse/SD-9999?role=" + role);

            assertEquals(404, hidden.statusCode());
            assertEquals(missing.body().replace("SD-9999", "KEY"), hidden.body().replace("SD-109", "KEY"));
        }
    }

    @Test
    public void anAdmin_stillSeesTheIssuesHiddenFromTheOthers() throws Exception {
        assertEquals(200, get("/browse/SD-109?role=admin").statusCode());
        assertTrue(get("/?role=admin").body().contains("/browse/SD-"));
    }

    @Test
    public void theIndex_neitherListsNorCountsHiddenIssues() throws Exception {
        Document admin = Jsoup.parse(get("/?role=admin").body());
        Document index = Jsoup.parse(get("/?role=technician").body());

        assertFalse(index.html().contains("SD-"));
        assertEquals("Nothing committed.", index.selectFirst("#team-service-desk p").text());
        assertEquals(List.of("0", "0"), index.select("tr[data-team=service-desk] td").eachText().subList(2, 4));
        assertFalse(admin.select("tr[data-team=service-desk] td").eachText().get(2).equals("0"));
        assertTrue(index.selectFirst(".workbench-inboxes").text(), index.selectFirst(".workbench-inboxes").text()
                .contains("Service desk: 0 waiting"));
        assertFalse(admin.selectFirst(".workbench-inboxes").text().contains("Service desk: 0 waiting"));
        // The other teams' rows are the admin's.
        assertEquals(admin.select("tr[data-team=field-ops]").text(), index.select("tr[data-team=field-ops]").text());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
