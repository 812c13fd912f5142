package io.promisedesk.workbench;

import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What the workbench answers whatever the request: a form too large for our forms gets our own page, never the
 * container's (which names its exception and our servlet), and every response forbids content sniffing.
 */
public class WorkbenchResponseSafetyTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ETA_FORM = "/plugins/servlet/promisedesk/eta/FO-133?role=technician";
    private static final List<String> CONTAINER_WORDS = List.of("Exception", "WorkbenchServlet", "org.eclipse",
            "Servlet", "Caused by", "jetty");
    private static WorkbenchServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @BeforeClass
    public static void start() throws Exception {
        WorkbenchWorld world = WorkbenchWorld.of(ScenarioReader.read(
                Files.readString(Path.of("docs", "examples", "demo.json"))));
        IssueKey issue = IssueKey.parse("NET-101");
        Optional<LocalDate> eta = world.issue(issue).flatMap(WorkItem::eta);
        EtaUpdateOutcome slipped = world.updateEta(new UpdateEtaCommand(world.teamOf(issue).orElseThrow(), issue,
                Role.TECHNICIAN.label(), eta, eta.orElseThrow().plusDays(7), Optional.of("Parts are late")));
        assertTrue(slipped instanceof EtaUpdateOutcome.Accepted);
        world.digests().sendNow(new WorkbenchAccess(world, key -> false));
        assertFalse(world.digests().outbox().isEmpty());
        server = WorkbenchServer.start(world, 0);
    }

    @AfterClass
    public static void stop() throws Exception {
        server.close();
    }

    @Test
    public void aFormLargerThanTheContainerTakes_isAnsweredWithOurOwn413Page() throws Exception {
        HttpResponse<String> response = postForm(ETA_FORM, 250_000, false);

        assertOurTooLargePage(response);
    }

    @Test
    public void aFormLargerThanOurLimit_butWithinTheContainers_isRefusedAlike_andNothingIsSaved() throws Exception {
        HttpResponse<String> response = postForm(ETA_FORM, 150_000, false);

        assertOurTooLargePage(response);
        assertFalse(get("/browse/FO-133?role=technician").body().contains("2026-06-30"));
    }

    @Test
    public void aChunkedFormLargerThanTheContainerTakes_getsOurPage_neverTheContainers() throws Exception {
        HttpResponse<String> response = postForm(ETA_FORM, 250_000, true);

        assertTrue(response.body(), response.statusCode() == 413 || response.statusCode() == 400);
        assertNamesNoContainerInternals(response);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    public void anOrdinaryForm_isStillRead() throws Exception {
        HttpResponse<String> response = postForm(ETA_FORM, 100, false);

        assertEquals(response.body(), 403, response.statusCode());
        assertTrue(response.body(), response.body().contains("security token"));
    }

    @Test
    public void everyKindOfResponse_forbidsContentSniffing() throws Exception {
        for (String path : List.of("/", "/browse/FO-133", "/plugins/servlet/promisedesk/eta/FO-133?role=technician",
                "/workbench/outbox/1/text?role=admin", "/workbench/outbox/1/html?role=admin",
                "/plugins/servlet/promisedesk/review/csv?customer=Globex&role=salesperson", "/no/such/page",
                "/rest/promise-desk/1.0/team/field-ops/assessment?role=technician",
                "/rest/promise-desk/1.0/no/such/resource", "/rest/promise-desk/1.0/issue/FO-133/assessment?role=anonymous")) {
            HttpResponse<String> response = get(path);
            assertEquals(path + " " + response.statusCode(), "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertEquals(200, get("/workbench/outbox/1/text?role=admin").statusCode());
    }

    private static void assertOurTooLargePage(HttpResponse<String> response) {
        assertEquals(response.body(), 413, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("The form is too large", page.selectFirst(".promisedesk-message__heading").text());
        assertNamesNoContainerInternals(response);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    private static void assertNamesNoContainerInternals(HttpResponse<String> response) {
        for (String word : CONTAINER_WORDS) {
            assertFalse(word + " in " + response.body(), response.body().contains(word));
        }
    }

    private HttpResponse<String> postForm(String path, int bytes, boolean chunked) throws Exception {
        String form = "eta=2026-06-30&reason=" + "x".repeat(Math.max(0, bytes - 30));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri().resolve(path).toString())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked ? HttpRequest.BodyPublishers.fromPublisher(body) : body).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
