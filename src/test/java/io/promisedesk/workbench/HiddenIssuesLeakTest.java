package io.promisedesk.workbench;

import io.promisedesk.commitment.Customer;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.AskForEtaCommand;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * No page, download, mail or REST answer of the workbench tells a reader of an issue they may not browse: not its key,
 * summary or customer, and not that it exists at all (a count, a median, a chart's point, a customer in the index).
 *
 * <p>Two workbenches serve the same teams. World A has the visible issues, hidden issues with work ({@link #WORKING})
 * and hidden issues without work ({@link #IDLE}); world B has the same but for the idle ones. Both hide their hidden
 * issues from every role, admins too. Since the idle issues add no work, every team-level figure (level, loads,
 * capacity, a promise's earliest date) is the same in both worlds, so every answer of A to any role must be exactly
 * B's answer (the comparison); and no answer of A may name a hidden issue (the scan). Every GET page of every route
 * ({@link GetRoute}) is crawled from the links of the pages and the addresses of every issue, under every role, and
 * every REST GET of the plugin's resources and its promise check are asked; the test fails when a route or a REST GET
 * is not covered.
 */
public class HiddenIssuesLeakTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    /** Hidden issues with work: in both worlds. */
    private static final Set<String> WORKING = Set.of("NOR-101", "NOR-102", "SOU-101", "SOU-102");
    /** Hidden issues without work: only in world A. */
    private static final Set<String> IDLE = Set.of("NOR-151", "NOR-152", "NOR-153", "NOR-154", "NOR-155", "SOU-151",
            "SOU-152", "SOU-153");
    /** What only hidden issues carry: their keys (numbered from 100), summaries and reasons, their own customer. */
    private static final Pattern HIDDEN = Pattern.compile("\\b(?:NOR|SOU)-1\\d\\d\\b|Classified|Umbrella Secret");
    private static final Pattern KEY = Pattern.compile("(?:NOR|SOU)-\\d+");
    /** How long a health check area or a team's snapshot took (page "in 7 ms", JSON "millis": 7) and when the check ran. */
    private static final Pattern TIMING = Pattern.compile(
            "\\b\\d+ ms\\b|\"millis\"\\s*:\\s*\\d+|\"checkedAt\"\\s*:\\s*\"[^\"]*\"");
    private static final List<String> ROLES = List.of("salesperson", "technician", "admin", "none");
    private static final String REST = WorkbenchRest.BASE;
    private static final int MOST_PAGES_PER_ROLE = 2_000;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Served withIdle;
    private static Served withoutIdle;
    private static Served notHidden;
    private static Crawl crawl;

    @BeforeClass
    public static void startBothWorldsAndCrawl() throws Exception {
        Predicate<IssueKey> hidden = issue -> issue.number() >= 100;
        withIdle = Served.start(world(true), hidden);
        withoutIdle = Served.start(world(false), hidden);
        // The negative control: world A with nothing hidden.
        notHidden = Served.start(world(true), issue -> false);
        Set<String> openOnOthers = openRequestsOn(withIdle.world);
        openOnOthers.removeAll(IDLE);
        assertEquals("the demo's ETA requests are asked on the same issues in both worlds",
                openRequestsOn(withoutIdle.world), openOnOthers);
        for (Served served : List.of(withIdle, withoutIdle, notHidden)) {
            served.sendDigests();
        }
        crawl = new Crawl(withIdle, withoutIdle);
        crawl.run();
    }

    @AfterClass
    public static void stop() throws Exception {
        for (Served served : List.of(withIdle, withoutIdle, notHidden)) {
            if (served != null) {
                served.server.close();
            }
        }
    }

    @Test
    public void everyAnswerWithHiddenIssues_isTheAnswerWithoutThem_andNamesNone() {
        assertTrue("only " + crawl.compared + " answers were compared", crawl.compared > 1_000);
        assertEquals("leaks (" + crawl.findings.size() + ", the first 30):\n"
                + String.join("\n", crawl.findings.stream().limit(30).toList()), List.of(), crawl.findings);
    }

    @Test
    public void everyGetRouteOfTheWorkbench_isCrawled_andAnswersSomeRole() {
        Set<GetRoute> missing = EnumSet.allOf(GetRoute.class);
        missing.removeAll(crawl.routesAnswered);

        assertEquals("routes no crawled page reached with 200: add a link or an address for them here",
                Set.of(), missing);
    }

    @Test
    public void everyRestGetOfThePlugin_isAsked_andAnswersSomeRole() {
        Set<String> templates = new TreeSet<>();
        WorkbenchAccess idleAccess = new WorkbenchAccess(withIdle.world, key -> false);
        for (Object resource : WorkbenchRest.resources(withIdle.world, idleAccess,
                WorkbenchHealth.of(withIdle.world, idleAccess))) {
            String base = resource.getClass().getAnnotation(Path.class).value();
            for (Method method : resource.getClass().getMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    Path path = method.getAnnotation(Path.class);
                    templates.add(base + (path == null ? "" : path.value()));
                }
            }
        }

        assertEquals("REST GETs this test asks for: add addresses for a new one to restGets()",
                templates, restGets().keySet());
        for (String template : templates) {
            assertTrue(template + " answered no role with 200", crawl.restTemplatesAnswered.contains(template));
        }
    }

    @Test
    public void theCheck_reportsLeaks_whenTheSameIssuesAreNotHidden() throws Exception {
        Crawl control = new Crawl(notHidden, withoutIdle);

        for (String page : List.of("/", "/plugins/servlet/promisedesk/sales/commitments?scope=all",
                REST + "team/north/assessment", "/plugins/servlet/promisedesk/inbox")) {
            for (String role : List.of("salesperson", "technician")) {
                control.check(role, page);
            }
        }

        assertTrue(control.findings.toString(), control.findings.stream().anyMatch(found -> found.contains("differs")));
        assertTrue(control.findings.toString(), control.findings.stream().anyMatch(found -> found.contains("names")));
        assertTrue(control.findings.toString(), control.findings.stream().anyMatch(found ->
                found.contains("requests waiting")));
    }

    @Test
    public void theComparison_reportsACountAlone() {
        Optional<String> difference = Crawl.difference("<li>North: 3 waiting</li>\n<li>South: 1 waiting</li>",
                "<li>North: 2 waiting</li>\n<li>South: 1 waiting</li>");

        assertEquals(Optional.of("line 1: <li>North: 3 waiting</li> | without them: <li>North: 2 waiting</li>"),
                difference);
        assertEquals(Optional.empty(), Crawl.difference("<p>same</p>", "<p>same</p>"));
    }

    /** The REST GETs asked for, by their resource template, each with the addresses asked under every role. */
    private static Map<String, List<String>> restGets() {
        Map<String, List<String>> gets = new LinkedHashMap<>();
        gets.put("/team/{key}/assessment", List.of("team/north/assessment", "team/south/assessment",
                "team/nowhere/assessment"));
        List<String> issues = new ArrayList<>();
        allKeys().forEach(key -> issues.add("issue/" + key + "/assessment"));
        gets.put("/issue/{key}/assessment", issues);
        gets.put("/settings/teams", List.of("settings/teams"));
        gets.put("/settings/teams/{key}", List.of("settings/teams/north", "settings/teams/south"));
        gets.put("/settings/global", List.of("settings/global"));
        gets.put("/health", List.of("health"));
        return gets;
    }

    /** Every issue key of world A, visible and hidden, so every issue's own pages are asked for by every role. */
    private static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        withIdle.world.issues().forEach(issue -> keys.add(issue.key().toString()));
        return keys;
    }

    private static Set<String> openRequestsOn(WorkbenchWorld world) {
        Set<String> keys = new TreeSet<>();
        for (Team team : world.teams()) {
            world.etaRequests().openRequestsOf(team.key()).forEach(request -> keys.add(request.issue().toString()));
        }
        return keys;
    }

    /**
     * Two teams with visible issues and hidden ones (numbered from 100), changed as sales and technicians would: ETAs
     * moved, ETAs asked for and answered; with {@code idle}, also the idle hidden issues and their changes, last, so
     * that every other request is numbered alike in both worlds.
     */
    private static WorkbenchWorld world(boolean idle) {
        List<Object> issues = new ArrayList<>(List.of(
                issue("NOR-1", "Replace the core switch", 20, "2026-03-04", "Acme", "2026-03-04"),
                issue("NOR-2", "Renew the firewall licences", 10, "2026-03-04", "Globex", null),
                issue("NOR-3", "Set up the VPN of the new office", 16, "2026-03-05", "Initech", null),
                issue("NOR-4", "Migrate the mail server", 30, "2026-03-06", "Acme", "2026-03-09"),
                issue("NOR-5", "Replace the office printers", null, "2026-03-06", "Globex", null),
                issue("NOR-6", "Wire the second floor", 24, "2026-03-09", "Initech", null),
                issue("NOR-7", "Upgrade the wifi", 40, "2026-03-11", "Acme", "2026-03-11"),
                issue("NOR-8", "Move the server room", 12, "2026-03-13", null, null),
                issue("NOR-9", "Audit the backups", 20, "2026-03-18", "Globex", "2026-03-17"),
                issue("NOR-10", "Install door badges", 8, "2026-03-25", "Acme", null),
                issue("NOR-11", "Patch the routers", 10, null, null, null),
                done("NOR-12", "Label the cables", "2026-02-20", "Acme"),
                done("NOR-13", "Swap the UPS", "2026-02-25", "Globex"),
                issue("NOR-14", "Plan the next upgrade", null, null, null, null),
                issue("SOU-1", "Deploy the ticket portal", 16, "2026-03-03", "Globex", null),
                issue("SOU-2", "Train the help desk", 8, "2026-03-05", "Initech", null),
                issue("SOU-3", "Migrate the phone system", 30, "2026-03-10", "Acme", "2026-03-10"),
                issue("SOU-4", "Renew the certificates", 4, "2026-03-10", "Globex", null),
                issue("SOU-5", "Replace the laptops", null, "2026-03-12", "Initech", null),
                issue("SOU-6", "Clean up the user accounts", 12, "2026-03-16", "Acme", null),
                issue("SOU-7", "Document the network", 20, "2026-03-20", "Globex", null),
                done("SOU-8", "Reset the passwords", "2026-02-26", "Initech"),
                issue("SOU-9", "Check the alarms", 6, null, null, null),
                issue("NOR-101", "Classified: board merger network", 24, "2026-03-06", "Umbrella Secret", "2026-03-06"),
                issue("NOR-102", "Classified: executive laptops", null, "2026-03-11", "Acme", null),
                issue("SOU-101", "Classified: lab access", 16, "2026-03-10", "Globex", null),
                done("SOU-102", "Classified: shredder pickup", "2026-02-27", "Umbrella Secret")));
        if (idle) {
            issues.addAll(List.of(
                    issue("NOR-151", "Classified: audit trail", 0, "2026-03-11", "Acme", "2026-03-11"),
                    issue("NOR-152", "Classified: spare key", 0, "2026-03-16", "Globex", null),
                    issue("NOR-153", "Classified: overdue memo", 0, "2026-02-27", null, null),
                    done("NOR-154", "Classified: closed case", "2026-02-24", "Acme"),
                    issue("NOR-155", "Classified: idle ticket", 0, null, null, null),
                    issue("SOU-151", "Classified: night shift", 0, "2026-03-12", "Globex", null),
                    issue("SOU-152", "Classified: side door", 0, "2026-03-18", "Initech", null),
                    done("SOU-153", "Classified: old badge", "2026-02-20", "Initech")));
        }
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("today", TODAY.toString());
        scenario.put("teams", List.of(team("north", "North", "Europe/Amsterdam", "anna", "bram"),
                team("south", "South", "UTC", "carl", "dina")));
        scenario.put("issues", issues);
        WorkbenchWorld world = WorkbenchWorld.of(ScenarioReader.read(Json.document(scenario)));
        moveEta(world, "NOR-7", "2026-03-12", "The access points arrive a day late.");
        moveEta(world, "SOU-3", "2026-03-11", "The carrier moved the switch-over.");
        ask(world, "NOR-9", Duration.ofHours(5), "Acme");
        moveEta(world, "NOR-9", "2026-03-18", "The backup window moved.");
        ask(world, "SOU-6", Duration.ofHours(2), "Acme");
        moveEta(world, "NOR-101", "2026-03-09", "Classified reason.");
        ask(world, "SOU-101", Duration.ofHours(30), "Globex");
        moveEta(world, "SOU-101", "2026-03-10", "Classified reason.");
        if (idle) {
            moveEta(world, "NOR-151", "2026-03-12", "Classified reason.");
            ask(world, "NOR-152", Duration.ofHours(40), "Globex");
            moveEta(world, "NOR-152", "2026-03-16", "Classified reason.");
            ask(world, "SOU-152", Duration.ofHours(7), "Initech");
        }
        return world;
    }

    private static Map<String, Object> team(String key, String name, String zone, String... members) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("key", key);
        team.put("name", name);
        team.put("timeZone", zone);
        team.put("workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        team.put("focusFactor", 0.8);
        team.put("warn", 0.85);
        team.put("critical", 1.0);
        team.put("defaultEstimateHours", 8);
        List<Object> people = new ArrayList<>();
        for (String member : members) {
            people.add(Map.of("user", member, "weeklyHours", 40));
        }
        team.put("members", people);
        return team;
    }

    private static Map<String, Object> issue(String key, String summary, Integer hours, String commitment,
                                             String customer, String eta) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("key", key);
        issue.put("team", key.startsWith("NOR") ? "north" : "south");
        issue.put("summary", summary);
        issue.put("status", "In Progress");
        issue.put("statusCategory", "indeterminate");
        if (hours != null) {
            issue.put("remainingHours", hours);
        }
        if (commitment != null) {
            issue.put("commitment", commitment);
        }
        if (customer != null) {
            issue.put("customer", customer);
        }
        if (eta != null) {
            issue.put("eta", eta);
        }
        return issue;
    }

    private static Map<String, Object> done(String key, String summary, String commitment, String customer) {
        Map<String, Object> issue = issue(key, summary, 0, commitment, customer, null);
        issue.put("status", "Done");
        issue.put("statusCategory", "done");
        return issue;
    }

    private static void moveEta(WorkbenchWorld world, String key, String eta, String reason) {
        IssueKey issue = IssueKey.parse(key);
        Team team = world.teamOf(issue).orElseThrow();
        world.updateEta(new UpdateEtaCommand(team, issue, Role.TECHNICIAN.label(),
                world.etaHistory(issue).currentEta(), LocalDate.parse(eta), Optional.of(reason)));
    }

    private static void ask(WorkbenchWorld world, String key, Duration ago, String customer) {
        IssueKey issue = IssueKey.parse(key);
        WorkItem item = world.issue(issue).orElseThrow();
        Clock then = Clock.fixed(world.clock().instant().minus(ago), ZoneOffset.UTC);
        new AskForEta(world.etaRequests(), then).ask(new AskForEtaCommand(issue, world.teamOf(issue).orElseThrow().key(),
                Role.SALESPERSON.label(), new Customer(customer), Urgency.THIS_WEEK, Optional.empty(),
                item.commitment().map(commitment -> commitment.date())));
    }

    /** A workbench on 127.0.0.1 hiding {@code hidden} from every role, admins too, and its form token. */
    private record Served(WorkbenchWorld world, WorkbenchServer server, String token) {
        static Served start(WorkbenchWorld world, Predicate<IssueKey> hidden) throws Exception {
            WorkbenchServer server = WorkbenchServer.start(world, 0, hidden, true);
            HttpResponse<String> first = CLIENT.send(HttpRequest.newBuilder(server.uri()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String token = first.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                    .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0])
                    .findFirst().orElseThrow();
            return new Served(world, server, token);
        }

        /** "Send digests now" on the outbox, as an admin, so the outbox holds every digest of the coming week. */
        void sendDigests() throws Exception {
            HttpResponse<String> sent = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(DigestPages.SEND_PATH
                            + "?role=admin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", WorkbenchServlet.XSRF_COOKIE + "=" + token)
                    .POST(HttpRequest.BodyPublishers.ofString(WorkbenchServlet.XSRF_FIELD + "=" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(sent.body(), 200, sent.statusCode());
        }

        CompletableFuture<Answer> get(String pathAndQuery, String role) {
            return answer(HttpRequest.newBuilder(server.uri().resolve(withRole(pathAndQuery, role))).GET().build());
        }

        CompletableFuture<Answer> postJson(String pathAndQuery, String role, String json) {
            return answer(HttpRequest.newBuilder(server.uri().resolve(withRole(pathAndQuery, role)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        private CompletableFuture<Answer> answer(HttpRequest request) {
            return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .thenApply(response -> new Answer(response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse("") + " "
                                    + response.headers().firstValue("Content-Disposition").orElse(""),
                            response.body().replace(token, "TOKEN")));
        }

        private static String withRole(String pathAndQuery, String role) {
            return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "role=" + role;
        }
    }

    /** What a reader gets: the status, the headers that say what it is, and the body with the form token replaced. */
    private record Answer(int status, String type, String body) {
    }

    /**
     * Asks world A and world B the same, role by role: every page reachable by a link from the start pages and every
     * issue's own pages, every REST GET and promise check; each answer of A compared with B's and scanned for hidden
     * issues.
     */
    private static final class Crawl {
        private final Served checked;
        private final Served reference;
        private final List<String> findings = new ArrayList<>();
        private final Set<GetRoute> routesAnswered = EnumSet.noneOf(GetRoute.class);
        private final Set<String> restTemplatesAnswered = new TreeSet<>();
        private int compared;

        Crawl(Served checked, Served reference) {
            this.checked = checked;
            this.reference = reference;
        }

        void run() throws Exception {
            for (String role : ROLES) {
                crawlPages(role);
            }
            for (String role : List.of("salesperson", "technician", "admin", "none", WorkbenchRest.ANONYMOUS)) {
                for (Map.Entry<String, List<String>> get : restGets().entrySet()) {
                    for (String address : get.getValue()) {
                        if (check(role, REST + address).status() == 200) {
                            restTemplatesAnswered.add(get.getKey());
                        }
                    }
                }
                checkPromises(role);
            }
        }

        private void crawlPages(String role) throws Exception {
            Deque<String> queue = new ArrayDeque<>(startPages());
            Set<String> seen = new LinkedHashSet<>(queue);
            while (!queue.isEmpty()) {
                String page = queue.poll();
                Answer answer = check(role, page);
                if (answer.status() == 200) {
                    routesAnswered.add(GetRoute.of(URI.create(page).getPath()).orElseThrow());
                }
                if (answer.type().startsWith("text/html")) {
                    for (String link : links(answer.body())) {
                        if (seen.add(link)) {
                            queue.add(link);
                        }
                    }
                }
                assertTrue(role + " crawled more than " + MOST_PAGES_PER_ROLE + " pages", seen.size() <= MOST_PAGES_PER_ROLE);
            }
        }

        private static List<String> startPages() {
            List<String> pages = new ArrayList<>(List.of("/", "/plugins/servlet/promisedesk/sales/commitments",
                    "/plugins/servlet/promisedesk/sales/commitments?scope=all",
                    "/plugins/servlet/promisedesk/sales/commitments?scope=all&risk=at-risk&sort=customer",
                    DigestPages.PAGE_PATH, DigestPages.OUTBOX_PATH, "/plugins/servlet/promisedesk/inbox",
                    "/plugins/servlet/promisedesk/review",
                    "/plugins/servlet/promisedesk/review?customer=" + encoded("Umbrella Secret"),
                    "/plugins/servlet/promisedesk/review/csv?customer=Acme",
                    "/plugins/servlet/promisedesk/admin",
                    "/plugins/servlet/promisedesk/admin/team/north/preview?absentMember=anna&from=2026-03-02&to=2026-03-13",
                    "/plugins/servlet/promisedesk/admin/team/south/preview?hoursMember=carl&hours=8"));
            for (String key : allKeys()) {
                pages.addAll(List.of("/browse/" + key, "/plugins/servlet/promisedesk/sales/issue/" + key,
                        "/plugins/servlet/promisedesk/eta/" + key, "/plugins/servlet/promisedesk/chart/" + key));
            }
            return pages;
        }

        private void checkPromises(String role) throws Exception {
            check(role, REST + "promise-check", "{\"team\": \"north\", \"date\": \"2026-03-20\", \"hours\": 30}");
            for (String key : allKeys()) {
                check(role, REST + "promise-check", "{\"issue\": \"" + key + "\", \"date\": \"2026-03-20\"}");
            }
        }

        /** Both worlds asked at once: the two servers answer in parallel. */
        Answer check(String role, String page) throws Exception {
            CompletableFuture<Answer> answer = checked.get(page, role);
            CompletableFuture<Answer> without = reference.get(page, role);
            return compare(role, page, answer.get(), without.get());
        }

        private void check(String role, String page, String json) throws Exception {
            CompletableFuture<Answer> answer = checked.postJson(page, role, json);
            CompletableFuture<Answer> without = reference.postJson(page, role, json);
            compare(role, page + " " + json, answer.get(), without.get());
        }

        private Answer compare(String role, String asked, Answer answer, Answer without) {
            compared++;
            if (answer.status() != without.status() || !answer.type().equals(without.type())) {
                findings.add(role + " " + asked + ": differs, " + answer.status() + " " + answer.type() + " | without them: "
                        + without.status() + " " + without.type());
            } else {
                difference(untimed(answer.body()), untimed(without.body())).ifPresent(difference ->
                        findings.add(role + " " + asked + ": differs at " + difference));
            }
            // The key the reader asked for is theirs to know; any other hidden key, summary or customer is a leak.
            Matcher asksFor = KEY.matcher(asked);
            String body = answer.body();
            while (asksFor.find()) {
                body = body.replaceAll("\\b" + asksFor.group() + "\\b", "ASKED-FOR");
            }
            Matcher hidden = HIDDEN.matcher(body);
            if (hidden.find()) {
                int from = Math.max(0, hidden.start() - 80);
                findings.add(role + " " + asked + ": names " + hidden.group() + " in ..."
                        + body.substring(from, Math.min(body.length(), hidden.end() + 80)).replace('\n', ' ') + "...");
            }
            return answer;
        }

        /** The body without the health check's timings, which differ from run to run whatever is hidden. */
        private static String untimed(String body) {
            return TIMING.matcher(body).replaceAll("TIMED");
        }

        /** The first line that differs, with both versions; empty when the bodies are equal. */
        static Optional<String> difference(String answer, String without) {
            if (answer.equals(without)) {
                return Optional.empty();
            }
            String[] lines = answer.split("\n", -1);
            String[] others = without.split("\n", -1);
            int line = 0;
            while (line < lines.length && line < others.length && lines[line].equals(others[line])) {
                line++;
            }
            return Optional.of("line " + (line + 1) + ": " + shortened(line < lines.length ? lines[line] : "(end)")
                    + " | without them: " + shortened(line < others.length ? others[line] : "(end)"));
        }

        private static String shortened(String line) {
            String stripped = line.strip();
            return stripped.length() <= 300 ? stripped : stripped.substring(0, 300) + "...";
        }

        /** The workbench's own addresses a page links to, without the role and theme switches', fragments cut. */
        private List<String> links(String html) {
            Document page = Jsoup.parse(html, checked.server.uri().toString());
            List<String> links = new ArrayList<>();
            for (Element anchor : page.select("a[href]")) {
                URI target = URI.create(anchor.absUrl("href").replace(" ", "%20"));
                if (!checked.server.uri().getAuthority().equals(target.getAuthority())) {
                    continue;
                }
                String address = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                if (target.getRawQuery() == null || !target.getRawQuery().matches("(.*&)?(role|theme)=.*")) {
                    links.add(address);
                }
            }
            return links;
        }

        private static String encoded(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
