package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * {@code --data-dir} end to end over HTTP on the demo data: changes made through the pages are there after a restart
 * with the same directory, and only then; a directory of another scenario or one that cannot be used is refused in
 * words; settings saved over the settings REST resources likewise. Also: the sales view reads the status phrases the
 * admin saved.
 */
public class WorkbenchDataDirTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ADMIN = "/plugins/servlet/promisedesk/admin";
    private static final String SALES_VIEW = "/plugins/servlet/promisedesk/sales/issue/NET-101";
    private static final String INBOX = "/plugins/servlet/promisedesk/inbox/network";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final List<WorkbenchServer> started = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private WorkbenchServer server;

    @After
    public void stopEveryServer() throws Exception {
        for (WorkbenchServer each : started) {
            each.close();
        }
    }

    @Test
    public void anEtaACommitmentATeamThresholdAndAPhrase_surviveARestartWithTheSameDataDir() throws Exception {
        Path data = folder.getRoot().toPath().resolve("data");
        start("--port", "0", "--data-dir", data.toString());
        assertTrue(printed(), printed().contains("Changes are kept in " + data.resolve(Journal.FILE) + " (0 replayed)."));
        Document before = page("/browse/NET-101", "technician");

        Document eta = post("technician", "/plugins/servlet/promisedesk/eta/NET-101", List.of(
                Map.entry("eta", "2026-04-06"), Map.entry("reason", ""), Map.entry("expectedEta", "2026-04-08")));
        Document commitment = post("salesperson", "/plugins/servlet/promisedesk/sales/commitment/NET-101", List.of(
                Map.entry("date", "2026-04-30"), Map.entry("customer", "Initech"), Map.entry("note", "Call first"),
                Map.entry("action", "save"), Map.entry("expectedDate", "2026-04-12"),
                Map.entry("expectedCustomer", "Acme")));
        Document team = post("admin", ADMIN + "/team/network", teamFormWith(page(ADMIN + "/team/network", "admin"),
                "warn", "0.55"));
        Document phrases = post("admin", ADMIN + "/phrases", List.of(Map.entry("status", "In Progress"),
                Map.entry("phrase", "WAITING_FOR_CUSTOMER"), Map.entry("version", "1")));
        // The plugin's ETA handler redirects to the issue, which shows the saved ETA.
        assertEquals("NET-101", eta.selectFirst(".workbench-issue-key").text());
        assertEquals("Mon 6 Apr", eta.selectFirst("dd.workbench-field--eta").text());
        assertTrue(commitment.text(), commitment.text().contains("Initech"));
        assertTrue(team.selectFirst("[role=status]").text().contains("saved"));
        assertTrue(phrases.selectFirst("[role=status]").hasText());
        Document changed = page("/browse/NET-101", "technician");
        String salesSentence = page(SALES_VIEW, "salesperson").selectFirst(".promisedesk-sales-issue__sentence").text();
        assertNotEquals(before.selectFirst("dd.workbench-field--eta").text(), changed.selectFirst("dd.workbench-field--eta").text());
        assertNotEquals(before.selectFirst("dd.workbench-field--commitment").text(),
                changed.selectFirst("dd.workbench-field--commitment").text());

        restart("--port", "0", "--data-dir", data.toString());

        assertTrue(printed(), printed().contains("(4 replayed)"));
        Document after = page("/browse/NET-101", "technician");
        assertEquals(changed.selectFirst("dd.workbench-field--eta").text(), after.selectFirst("dd.workbench-field--eta").text());
        assertEquals(changed.selectFirst("dd.workbench-field--commitment").text(),
                after.selectFirst("dd.workbench-field--commitment").text());
        assertEquals(changed.select(".promisedesk-eta-change").eachText(), after.select(".promisedesk-eta-change").eachText());
        assertEquals("0.55", page(ADMIN + "/team/network", "admin").selectFirst("#promisedesk-team-warn").val());
        Document sales = page(SALES_VIEW, "salesperson");
        assertEquals(salesSentence, sales.selectFirst(".promisedesk-sales-issue__sentence").text());
        assertTrue(salesSentence, salesSentence.startsWith("Waiting for the customer"));
        assertEquals("Call first", sales.selectFirst("dd.promisedesk-fact--note").text());
        assertEquals(5, Files.readAllLines(data.resolve(Journal.FILE)).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void teamsAndGlobalSettingsSavedOverRest_surviveARestartWithTheSameDataDir() throws Exception {
        Path data = folder.getRoot().toPath().resolve("data");
        start("--port", "0", "--data-dir", data.toString());
        String nightShift = "{\"key\": \"night-shift\", \"name\": \"Night shift\", \"memberGroup\": \"sales-emea\","
                + " \"projects\": [\"FO\"], \"members\": [{\"user\": \"nina\", \"weeklyHours\": 20.5},"
                + " {\"user\": \"omar\", \"weeklyHours\": 8}], \"workingDays\": [\"MONDAY\", \"FRIDAY\"],"
                + " \"nonWorkingDates\": [\"2026-04-06\"], \"absences\": {\"omar\": [\"2026-03-09\", \"2026-03-10\"]},"
                + " \"jql\": \"labels = night\", \"focusFactor\": 0.75, \"timeZone\": \"Europe/Amsterdam\","
                + " \"defaultEstimate\": 4, \"warn\": 0.7, \"critical\": 0.95}";
        Map<String, Object> network = (Map<String, Object>) Json.parse(rest("GET", "settings/teams/network", null).body());
        network.put("warn", new BigDecimal("0.55"));
        Map<?, ?> global = (Map<?, ?>) Json.parse(rest("GET", "settings/global", null).body());
        String globalBody = "{\"version\": " + global.get("version") + ", \"statusPhrases\": {\"Waiting for parts\":"
                + " \"WAITING_FOR_CUSTOMER\"}, \"salesGroups\": [\"sales-americas\", \"sales-emea\"]}";

        assertEquals(201, rest("POST", "settings/teams", nightShift).statusCode());
        assertEquals(200, rest("PUT", "settings/teams/network", Json.write(network)).statusCode());
        assertEquals("refused, so not journaled", 409, rest("PUT", "settings/teams/network", Json.write(network))
                .statusCode());
        assertEquals(200, rest("DELETE", "settings/teams/service-desk?version=1", null).statusCode());
        assertEquals(200, rest("PUT", "settings/global", globalBody).statusCode());
        String teams = rest("GET", "settings/teams", null).body();
        String settings = rest("GET", "settings/global", null).body();
        List<String> lines = Files.readAllLines(data.resolve(Journal.FILE));
        assertEquals(List.of("team-created", "team-updated", "team-deleted", "global-settings"), lines.stream().skip(1)
                .map(line -> (String) ((Map<?, ?>) parse(line)).get("kind")).toList());

        restart("--port", "0", "--data-dir", data.toString());

        assertTrue(printed(), printed().contains("(4 replayed)"));
        assertEquals(teams, rest("GET", "settings/teams", null).body());
        assertEquals(settings, rest("GET", "settings/global", null).body());
        Document list = page(ADMIN, "admin");
        assertEquals("Night shift", list.selectFirst("tr[data-team=night-shift] .promisedesk-admin-team__name").text());
        assertTrue(list.select("tr[data-team=service-desk]").isEmpty());
        assertEquals("0.55", page(ADMIN + "/team/network", "admin").selectFirst("#promisedesk-team-warn").val());
        network.put("version", ((Map<?, ?>) Json.parse(rest("GET", "settings/teams/network", null).body())).get("version"));
        assertEquals("the replayed version is the one saved", 200,
                rest("PUT", "settings/teams/network", Json.write(network)).statusCode());
    }

    @Test
    public void anAskAndTheAnswerInTheInbox_surviveARestartWithTheSameDataDir() throws Exception {
        Path data = folder.getRoot().toPath().resolve("data");
        start("--port", "0", "--data-dir", data.toString());
        Document asked = post("salesperson", "/plugins/servlet/promisedesk/sales/eta-request/NET-101", List.of(
                Map.entry("urgency", "today"), Map.entry("customer", "Hooli"), Map.entry("question", "Before the board?")));
        assertTrue(asked.selectFirst(".promisedesk-ask-form__confirmation").hasText());
        Element row = page(INBOX, "technician").selectFirst("tr[data-issue=NET-101]");

        restart("--port", "0", "--data-dir", data.toString());

        assertTrue(printed(), printed().contains("(1 replayed)"));
        Element again = page(INBOX, "technician").selectFirst("tr[data-issue=NET-101]");
        assertEquals(row.select(".promisedesk-inbox__customers, .promisedesk-inbox__asks, .promisedesk-inbox__question")
                .eachText(), again.select(".promisedesk-inbox__customers, .promisedesk-inbox__asks,"
                + " .promisedesk-inbox__question").eachText());
        assertTrue(again.text(), again.text().contains("Hooli") && again.text().contains("Before the board?"));

        String expected = again.selectFirst("input[name=expectedEta]").val();
        Document answered = post("technician", INBOX, List.of(Map.entry("issue", "NET-101"),
                Map.entry("eta", LocalDate.parse(expected).minusDays(1).toString()), Map.entry("reason", ""),
                Map.entry("expectedEta", expected)));
        assertTrue(answered.selectFirst(".promisedesk-inbox__confirmation").hasText());
        String median = answered.selectFirst("dd.promisedesk-fact--medianWait").text();

        restart("--port", "0", "--data-dir", data.toString());

        assertTrue(printed(), printed().contains("(2 replayed)"));
        Document inbox = page(INBOX, "technician");
        assertNull(inbox.selectFirst("tr[data-issue=NET-101]"));
        assertEquals(median, inbox.selectFirst("dd.promisedesk-fact--medianWait").text());
        List<String> lines = Files.readAllLines(data.resolve(Journal.FILE));
        assertTrue(lines.get(1), lines.get(1).startsWith("{\"kind\":\"eta-ask\",\"issue\":\"NET-101\""));
        assertTrue(lines.get(2), lines.get(2).startsWith("{\"kind\":\"eta\",\"issue\":\"NET-101\""));
    }

    @Test
    public void withoutADataDir_aRestartForgetsTheChanges() throws Exception {
        start("--port", "0");
        assertTrue(printed(), printed().contains("Changes are kept in memory until it stops; --data-dir DIR keeps them."));
        String original = page("/browse/NET-101", "technician").selectFirst("dd.workbench-field--eta").text();
        post("technician", "/plugins/servlet/promisedesk/eta/NET-101", List.of(Map.entry("eta", "2026-04-06"),
                Map.entry("reason", ""), Map.entry("expectedEta", "2026-04-08")));
        assertNotEquals(original, page("/browse/NET-101", "technician").selectFirst("dd.workbench-field--eta").text());

        restart("--port", "0");

        assertEquals(original, page("/browse/NET-101", "technician").selectFirst("dd.workbench-field--eta").text());
    }

    @Test
    public void theSalesView_readsThePhraseTheAdminSaved() throws Exception {
        start("--port", "0");
        String defaultSentence = page(SALES_VIEW, "salesperson").selectFirst(".promisedesk-sales-issue__sentence").text();

        post("admin", ADMIN + "/phrases", List.of(Map.entry("status", "in progress"), Map.entry("phrase",
                "WAITING_FOR_CUSTOMER"), Map.entry("version", "1")));

        String sentence = page(SALES_VIEW, "salesperson").selectFirst(".promisedesk-sales-issue__sentence").text();
        assertTrue(defaultSentence, defaultSentence.startsWith("Being worked on."));
        assertTrue(sentence, sentence.startsWith("Waiting for the customer."));
        assertEquals(defaultSentence.substring("Being worked on.".length()),
                sentence.substring("Waiting for the customer.".length()));
    }

    @Test
    public void aDataDirOfAnotherScenario_isRefused_andTheServerDoesNotStart() throws Exception {
        Path data = folder.getRoot().toPath().resolve("data");
        start("--port", "0", "--data-dir", data.toString());
        post("technician", "/plugins/servlet/promisedesk/eta/NET-101", List.of(Map.entry("eta", "2026-04-06"),
                Map.entry("reason", ""), Map.entry("expectedEta", "2026-04-08")));
        server.close();
        Path other = folder.newFile("other.json").toPath();
        Files.writeString(other, Files.readString(DemoScenario.FILE).replace("Replace the core switch",
                "Renew the core switch"));

        Workbench.Launch refused = launch("--scenario", other.toString(), "--port", "0", "--data-dir", data.toString());

        assertEquals(new Workbench.Launch.Failed(Workbench.PROBLEMS), refused);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed, printed.contains("holds changes to another scenario (" + DemoScenario.FILE));
        assertFalse(printed, printed.contains("Exception") || printed.contains("\tat "));
    }

    @Test
    public void aJournaledCommitmentWithANulOrADateBeyondTheHorizon_isRefusedOnReplay_inWords() throws Exception {
        for (String line : List.of(
                "{\"kind\":\"commitment\",\"issue\":\"NET-101\",\"author\":\"Salesperson\",\"date\":\"2026-04-30\","
                        + "\"customer\":\"Ini\\u0000tech\"}",
                "{\"kind\":\"commitment\",\"issue\":\"NET-101\",\"author\":\"Salesperson\",\"date\":\"+99999-01-01\","
                        + "\"customer\":\"Initech\"}")) {
            Path data = folder.newFolder().toPath();
            start("--port", "0", "--data-dir", data.toString());
            server.close();
            Files.writeString(data.resolve(Journal.FILE), line + "\n", StandardOpenOption.APPEND);
            err.reset();

            Workbench.Launch refused = launch("--port", "0", "--data-dir", data.toString());

            assertEquals(new Workbench.Launch.Failed(Workbench.PROBLEMS), refused);
            String printed = err.toString(StandardCharsets.UTF_8);
            assertTrue(printed, printed.contains("line 2") && (printed.contains("U+0000") || printed.contains("2031")));
            assertFalse(printed, printed.contains("Exception") || printed.contains("\tat "));
        }
    }

    @Test
    public void aDataDirThatIsAFile_isAUsageError() throws Exception {
        Path file = folder.newFile("not-a-directory").toPath();

        Workbench.Launch refused = launch("--port", "0", "--data-dir", file.toString());

        assertEquals(new Workbench.Launch.Failed(Workbench.USAGE), refused);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--data-dir " + file + " is not a directory"));
    }

    private void start(String... args) {
        Workbench.Launch launch = launch(args);
        if (!(launch instanceof Workbench.Launch.Started running)) {
            throw new AssertionError("the workbench did not start: " + err.toString(StandardCharsets.UTF_8));
        }
        server = running.server();
        started.add(server);
    }

    private void restart(String... args) throws Exception {
        server.close();
        out.reset();
        start(args);
    }

    private Workbench.Launch launch(String... args) {
        return Workbench.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Document page(String path, String role) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Cookie", "promisedesk-workbench-role=" + role).GET());
        assertEquals(path, 200, response.statusCode());
        return Jsoup.parse(response.body());
    }

    /**
     * Posts the fields with this server's token as a browser would, and answers the page, which must be 200; a 303
     * (the plugin's ETA handler after a save) is followed to this server's page, as a browser follows it.
     */
    private Document post(String role, String path, List<Map.Entry<String, String>> fields) throws Exception {
        String token = send(HttpRequest.newBuilder(server.uri()).GET()).headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0])
                .findFirst().orElseThrow();
        String body = fields.stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")) + "&" + WorkbenchServlet.XSRF_FIELD + "=" + token;
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "promisedesk-workbench-role=" + role + "; " + WorkbenchServlet.XSRF_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (response.statusCode() == 303) {
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location, location.startsWith("/"));
            return page(location, role);
        }
        assertEquals(path, 200, response.statusCode());
        return Jsoup.parse(response.body());
    }

    /** A settings REST call as an admin, with a JSON body when one is given. */
    private HttpResponse<String> rest(String method, String path, String json) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(WorkbenchRest.BASE + path + separator
                + "role=admin"));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static Object parse(String json) {
        try {
            return Json.parse(json);
        } catch (Json.SyntaxException unreadable) {
            throw new AssertionError(json, unreadable);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The team form's fields as a browser would send them, every checked day among them, with one value typed over. */
    private static List<Map.Entry<String, String>> teamFormWith(Document page, String name, String value) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element field : page.select("form.promisedesk-team-form input[type=text], form.promisedesk-team-form"
                + " input[type=hidden], form.promisedesk-team-form textarea, form.promisedesk-team-form"
                + " input[type=checkbox][checked]")) {
            if (!field.attr("name").equals(WorkbenchServlet.XSRF_FIELD)) {
                fields.add(Map.entry(field.attr("name"), field.attr("name").equals(name) ? value : field.val()));
            }
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
