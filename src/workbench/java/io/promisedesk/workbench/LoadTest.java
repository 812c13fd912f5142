package io.promisedesk.workbench;

import io.promisedesk.scenario.Scenario;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A bounded load test of the workbench on loopback ({@code ./loadtest}, docs/performance.md): generates a scenario
 * ({@link LoadScenario}, 100,000 issues in 50 teams by default), serves it in-process on a free port of 127.0.0.1,
 * then sends a fixed number of requests from concurrent clients and prints the latencies. It stops by itself:
 * every request has a timeout and the number of requests is fixed. Exits 1 when any request failed (not 200,
 * timed out, or the page lacks the panel, the JSON its verdicts), 2 on a bad option.
 *
 * <p>Phases, each printed: the first issue page of every team one after another (each computes its team's
 * snapshot), an unrecorded warm-up, the issue pages of committed issues across all teams for a technician, then
 * the plugin's REST resources as Jersey hosts them: {@code GET /rest/promise-desk/1.0/team/{key}/assessment} for
 * every team and {@code GET .../issue/{key}/assessment} for committed issues, again for a technician.
 */
public final class LoadTest {
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final String PANEL = "id=\"promisedesk-overcommit-panel\"";
    private static final String TEAM_VERDICTS = "\"issues\":[{";
    private static final String ISSUE_VERDICT = "\"state\":\"committed\"";

    private LoadTest() {
    }

    /** What to run; the defaults are the figures in docs/performance.md. */
    record Options(int issues, int teams, int clients, int requests, int restRequests, int warmup, Duration timeout) {
        static final Options DEFAULT = new Options(100_000, 50, 8, 1_000, 250, 2_000, Duration.ofSeconds(5));
        static final String USAGE = "usage: ./loadtest [--issues N] [--teams N] [--clients N] [--requests N per client]"
                + " [--rest-requests N per client] [--warmup N] [--timeout-ms N]";

        static Options parse(String[] args) {
            Options options = DEFAULT;
            for (int at = 0; at < args.length; at += 2) {
                if (at + 1 >= args.length) {
                    throw new IllegalArgumentException(args[at] + " needs a value");
                }
                int value;
                try {
                    value = Integer.parseInt(args[at + 1]);
                } catch (NumberFormatException notANumber) {
                    throw new IllegalArgumentException(args[at] + " needs a whole number, was " + args[at + 1]);
                }
                if (value < 0 || (value == 0 && !args[at].equals("--rest-requests") && !args[at].equals("--warmup"))) {
                    throw new IllegalArgumentException(args[at] + " must be positive, was " + value);
                }
                Options o = options;
                options = switch (args[at]) {
                    case "--issues" -> new Options(value, o.teams, o.clients, o.requests, o.restRequests, o.warmup, o.timeout);
                    case "--teams" -> new Options(o.issues, value, o.clients, o.requests, o.restRequests, o.warmup, o.timeout);
                    case "--clients" -> new Options(o.issues, o.teams, value, o.requests, o.restRequests, o.warmup, o.timeout);
                    case "--requests" -> new Options(o.issues, o.teams, o.clients, value, o.restRequests, o.warmup, o.timeout);
                    case "--rest-requests" -> new Options(o.issues, o.teams, o.clients, o.requests, value, o.warmup, o.timeout);
                    case "--warmup" -> new Options(o.issues, o.teams, o.clients, o.requests, o.restRequests, value, o.timeout);
                    case "--timeout-ms" -> new Options(o.issues, o.teams, o.clients, o.requests, o.restRequests, o.warmup,
                            Duration.ofMillis(value));
                    default -> throw new IllegalArgumentException("unknown option " + args[at]);
                };
            }
            if (options.teams > 676 || options.issues < options.teams) {
                throw new IllegalArgumentException("need 1 to 676 teams and at least one issue per team");
            }
            return options;
        }
    }

    /** One phase's figures; latencies in nanoseconds, sorted. */
    record Phase(String name, int requests, int errors, long[] latencies, double seconds, List<String> firstErrors) {
        long percentile(double fraction) {
            if (latencies.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(fraction * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length, rank) - 1)];
        }

        long max() {
            return latencies.length == 0 ? 0 : latencies[latencies.length - 1];
        }

        String line() {
            return String.format(Locale.ROOT, "%-40s %6d requests %4d errors  p50 %7.2f  p90 %7.2f  p99 %7.2f"
                            + "  max %7.2f ms  %7.1f req/s",
                    name, requests, errors, ms(percentile(0.50)), ms(percentile(0.90)), ms(percentile(0.99)), ms(max()),
                    requests / seconds);
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    record Result(List<Phase> phases) {
        int errors() {
            return phases.stream().mapToInt(Phase::errors).sum();
        }

        Phase phase(String prefix) {
            return phases.stream().filter(phase -> phase.name().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("loadtest: " + wrong.getMessage());
            System.err.println(Options.USAGE);
            System.exit(USAGE);
            return;
        }
        Result result = run(options, System.out);
        System.exit(result.errors() == 0 ? 0 : FAILED);
    }

    /** Runs every phase against a fresh in-process workbench and prints what it does and the figures. */
    static Result run(Options options, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "Promise Desk workbench load test: %,d issues in %d teams, %d clients, Java %s, %d processors%n",
                options.issues(), options.teams(), options.clients(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        Scenario scenario = ScenarioReader.read(LoadScenario.json(options.teams(), options.issues()));
        WorkbenchWorld world = WorkbenchWorld.of(scenario);
        List<List<String>> committedByTeam = new ArrayList<>();
        for (Team team : scenario.teams()) {
            List<String> keys = new ArrayList<>();
            for (WorkItem item : scenario.issuesOf(team.key())) {
                if (item.commitment().isPresent() && !item.isResolved()) {
                    keys.add(item.key().toString());
                }
            }
            if (keys.isEmpty()) {
                throw new IllegalStateException(team.key() + " has no committed open issue; give it more issues");
            }
            committedByTeam.add(keys);
        }
        List<String> committed = committedByTeam.stream().flatMap(List::stream).toList();
        List<String> teams = scenario.teams().stream().map(team -> team.key().value()).toList();
        out.printf(Locale.ROOT, "  scenario generated and read in %.1f s: %,d committed open issues%n",
                (System.nanoTime() - start) / 1e9, committed.size());

        List<Phase> phases = new ArrayList<>();
        try (WorkbenchServer server = WorkbenchServer.start(world, 0)) {
            URI base = server.uri();
            Duration timeout = options.timeout();
            IntFunction<HttpRequest> firstOfTeam = team -> page(base, committedByTeam.get(team).get(0), timeout);
            phases.add(measure("first page per team (computes snapshot)", 1, options.teams(), (client, i) ->
                    firstOfTeam.apply(i), PANEL, timeout));
            out.println("  " + phases.get(0).line());

            int warmPages = options.warmup();
            int warmRest = options.restRequests() == 0 ? 0 : Math.max(1, options.warmup() / 4);
            measure("warm-up pages", options.clients(), Math.max(0, warmPages / options.clients()),
                    (client, i) -> page(base, pick(committed, 7_000 + client, i), timeout), PANEL, timeout);
            if (warmRest > 0) {
                int perClient = Math.max(1, warmRest / options.clients());
                measure("warm-up team REST", options.clients(), perClient,
                        (client, i) -> rest(base, "team/" + pick(teams, 7_000 + client, i), timeout), TEAM_VERDICTS, timeout);
                measure("warm-up issue REST", options.clients(), perClient,
                        (client, i) -> rest(base, "issue/" + pick(committed, 7_000 + client, i), timeout), ISSUE_VERDICT,
                        timeout);
            }
            out.printf(Locale.ROOT, "  warm-up: %d pages, %d team and %d issue assessments over REST (not recorded)%n",
                    warmPages, warmRest, warmRest);

            phases.add(measure("issue page, technician, committed issues", options.clients(), options.requests(),
                    (client, i) -> page(base, pick(committed, client, i), timeout), PANEL, timeout));
            out.println("  " + phases.get(phases.size() - 1).line());
            if (options.restRequests() > 0) {
                phases.add(measure("GET team/{key}/assessment, technician", options.clients(), options.restRequests(),
                        (client, i) -> rest(base, "team/" + pick(teams, client, i), timeout), TEAM_VERDICTS, timeout));
                out.println("  " + phases.get(phases.size() - 1).line());
                phases.add(measure("GET issue/{key}/assessment, technician", options.clients(), options.restRequests(),
                        (client, i) -> rest(base, "issue/" + pick(committed, client, i), timeout), ISSUE_VERDICT, timeout));
                out.println("  " + phases.get(phases.size() - 1).line());
            }
        }
        Result result = new Result(phases);
        for (Phase phase : phases) {
            phase.firstErrors().forEach(error -> out.println("  error in " + phase.name() + ": " + error));
        }
        out.println(result.errors() == 0 ? "no errors" : result.errors() + " errors");
        return result;
    }

    /** The {@code i}-th key of a client: a fixed pseudo-random walk over the committed issues, or the teams. */
    private static String pick(List<String> keys, int client, int i) {
        return keys.get(new Random(31L * client + i * 1_000_003L).nextInt(keys.size()));
    }

    private static HttpRequest page(URI base, String key, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve("/browse/" + key + "?role=technician")).timeout(timeout).GET().build();
    }

    /** A REST assessment, {@code team/KEY} or {@code issue/KEY}, as a technician. */
    private static HttpRequest rest(URI base, String subject, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(WorkbenchRest.BASE + subject + "/assessment?role=technician"))
                .timeout(timeout).header("Accept", "application/json").GET().build();
    }

    private interface Requests {
        HttpRequest request(int client, int index);
    }

    /**
     * {@code clients} threads, each with its own {@link HttpClient} (HTTP/1.1, one keep-alive connection), send
     * {@code perClient} requests one after another; a request is an error when it is not answered 200 in time, or
     * its body lacks {@code expected} (the overcommit panel, the verdicts). Bounded: every request has the timeout,
     * so the phase ends.
     */
    private static Phase measure(String name, int clients, int perClient, Requests requests, String expected,
                                 Duration timeout) throws Exception {
        long[][] latencies = new long[clients][perClient];
        int[] errors = new int[clients];
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(timeout).build();
                    for (int i = 0; i < perClient; i++) {
                        HttpRequest request = requests.request(client, i);
                        long sent = System.nanoTime();
                        String error = null;
                        try {
                            HttpResponse<String> response =
                                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            if (response.statusCode() != 200) {
                                error = request.uri().getPath() + " answered " + response.statusCode();
                            } else if (!response.body().contains(expected)) {
                                error = request.uri().getPath() + " lacks " + expected;
                            }
                        } catch (HttpTimeoutException late) {
                            error = request.uri().getPath() + " timed out after " + timeout.toMillis() + " ms";
                        } catch (Exception failed) {
                            error = request.uri().getPath() + ": " + failed;
                        }
                        latencies[client][i] = System.nanoTime() - sent;
                        if (error != null) {
                            errors[client]++;
                            if (firstErrors.size() < 5) {
                                firstErrors.add(error);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(name, all.length, Arrays.stream(errors).sum(), all, seconds, List.copyOf(firstErrors));
    }
}
