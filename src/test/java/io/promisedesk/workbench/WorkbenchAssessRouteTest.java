package io.promisedesk.workbench;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** {@code POST /rest/promise-desk/1.0/scenario/assess} on the workbench answers what the plugin's resource answers. */
public class WorkbenchAssessRouteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void theDemoScenario_isAnsweredWithWhatAssessPrints() throws Exception {
        HttpResponse<String> response = post(Files.readString(Path.of("docs", "examples", "demo.json")), "application/json");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(Files.readString(Path.of("docs", "examples", "demo.assess.json")).strip(), response.body().strip());
    }

    @Test
    public void aBrokenScenario_isAnswered400_withItsProblems() throws Exception {
        HttpResponse<String> response = post("{\"today\": \"2026-03-02\", \"teams\": [,]}", "application/json");

        assertEquals(400, response.statusCode());
        assertTrue(response.body(), response.body().contains("\"problems\""));
    }

    @Test
    public void notJson_isRefused415() throws Exception {
        assertEquals(415, post("{}", "text/plain").statusCode());
    }

    private HttpResponse<String> post(String body, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(WORKBENCH.server().uri().resolve(WorkbenchServlet.ASSESS_PATH))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
