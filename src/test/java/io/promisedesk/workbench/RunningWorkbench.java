package io.promisedesk.workbench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.rules.ExternalResource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A workbench started on a free port of 127.0.0.1 for one test class, and a bounded client to read its pages. */
final class RunningWorkbench extends ExternalResource {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String[] args;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private WorkbenchServer server;
    private String printed;

    RunningWorkbench(String... args) {
        this.args = args;
    }

    @Override
    protected void before() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Workbench.Launch launch = Workbench.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (!(launch instanceof Workbench.Launch.Started started)) {
            throw new AssertionError("the workbench did not start: " + err.toString(StandardCharsets.UTF_8));
        }
        server = started.server();
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @Override
    protected void after() {
        try {
            server.close();
        } catch (Exception failed) {
            throw new AssertionError("the workbench did not stop", failed);
        }
    }

    WorkbenchServer server() {
        return server;
    }

    String printed() {
        return printed;
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).timeout(TIMEOUT).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page at {@code pathAndQuery}, which must answer 200. */
    Document page(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), server.uri().toString());
    }
}
