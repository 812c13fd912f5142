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
 * timed out, or the page lacks the panel), 2 on a bad option.
 *
 * <p>Phases, each printed: the first issue page of every team one after another (each computes its team's
 * snapshot), an unrecorded warm-up, the issue pages of committed issues across all teams for a technician, and
 * {@code POST /rest/promisedesk/1.0/scenario/assess} with one team's share of the issues as the body.
 */
public final class LoadTest {
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final String PANEL = "id=\"promisedesk-overcommit-panel\"";

    private LoadTest() {
    }

    /** What to run; the defaults are the figures in docs/performance.md. */
    record Options(int issues, int teams, int clients, int requests, int restRequests, int warmup, Duration timeout) {
        static final Options DEFAULT = new Options(100_000, 50, 8, 1_000, 100, 2_000, Duration.ofSeconds(5));
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
        String teamBody = LoadScenario.json(1, Math.max(1, options.issues() / options.teams()));
        out.printf(Locale.ROOT, "  scenario generated and read in %.1f s: %,d committed open issues; REST body %,d bytes (one team, %,d issues)%n",
                (System.nanoTime() - start) / 1e9, committed.size(), teamBody.length(),
                Math.max(1, options.issues() / options.teams()));

        List<Phase> phases = new ArrayList<>();
        try (WorkbenchServer server = WorkbenchServer.start(world, 0)) {
            URI base = server.uri();
            IntFunction<HttpRequest> firstOfTeam = team -> page(base, committedByTeam.get(team).get(0), options.timeout());
            phases.add(measure("first page per team (computes snapshot)", 1, options.teams(), (client, i) ->
                    firstOfTeam.apply(i), true, options.timeout()));
            out.println("  " + phases.get(0).line());

            int warmPages = options.warmup();
            int warmRest = options.restRequests() == 0 ? 0 : Math.max(1, options.warmup() / 20);
            measure("warm-up pages", options.clients(), Math.max(0, warmPages / options.clients()),
                    (client, i) -> page(base, pick(committed, 7_000 + client, i), options.timeout()), true, options.timeout());
            if (warmRest > 0) {
                measure("warm-up REST", options.clients(), Math.max(1, warmRest / options.clients()),
                        (client, i) -> assess(base, teamBody, options.timeout()), false, options.timeout());
            }
            out.printf(Locale.ROOT, "  warm-up: %d pages, %d REST assessments (not recorded)%n", warmPages, warmRest);

            phases.add(measure("issue page, technician, committed issues", options.clients(), options.requests(),
                    (client, i) -> page(base, pick(committed, client, i), options.timeout()), true, options.timeout()));
            out.println("  " + phases.get(phases.size() - 1).line());
            if (options.restRequests() > 0) {
                phases.add(measure("POST scenario/assess, one team", options.clients(), options.restRequests(),
                        (client, i) -> assess(base, teamBody, options.timeout()), false, options.timeout()));
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

    /** The {@code i}-th issue of a client: a fixed pseudo-random walk over the committed issues of every team. */
    private static String pick(List<String> committed, int client, int i) {
        return committed.get(new Random(31L * client + i * 1_000_003L).nextInt(committed.size()));
    }

    private static HttpRequest page(URI base, String key, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve("/browse/" + key + "?role=technician")).timeout(timeout).GET().build();
    }

    private static HttpRequest assess(URI base, String body, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(WorkbenchServlet.ASSESS_PATH)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private interface Requests {
        HttpRequest request(int client, int index);
    }

    /**
     * {@code clients} threads, each with its own {@link HttpClient} (HTTP/1.1, one keep-alive connection), send
     * {@code perClient} requests one after another; a request is an error when it is not answered 200 in time,
     * or, for a page, lacks the overcommit panel. Bounded: every request has the timeout, so the phase ends.
     */
    private static Phase measure(String name, int clients, int perClient, Requests requests, boolean isPage,
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
                            } else if (isPage && !response.body().contains(PANEL)) {
                                error = request.uri().getPath() + " has no overcommit panel";
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
