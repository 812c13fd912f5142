package io.promisedesk.workbench;

import org.jsoup.Jsoup;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

/**
 * The outbox's "A week passes" over HTTP: only an admin with the form's token moves the workbench's clock, by seven
 * days; anyone else, or a post without the token, is refused and the clock stays.
 */
public class WorkbenchOutboxRouteTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench("--port", "0");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void aWeekPasses_onlyForAnAdminWithTheToken() throws Exception {
        String before = clockShown();
        String token = WORKBENCH.get("/workbench/outbox?role=admin").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(WorkbenchServlet.XSRF_COOKIE + "="))
                .map(cookie -> cookie.substring(WorkbenchServlet.XSRF_COOKIE.length() + 1).split(";")[0])
                .findFirst().orElseThrow();

        assertEquals(403, week("salesperson", token, token).statusCode());
        assertEquals(403, week("technician", token, token).statusCode());
        assertEquals(403, week("admin", token, null).statusCode());
        assertEquals(403, week("admin", null, token).statusCode());
        assertEquals(before, clockShown());

        HttpResponse<String> passed = week("admin", token, token);
        assertEquals(200, passed.statusCode());
        String after = clockShown();
        assertEquals("A week passed: it is now " + after + ".",
                Jsoup.parse(passed.body()).selectFirst(".workbench-digest-runs").text());
        assertNotEquals(before, after);
    }

    @Test
    public void theClock_movesOnlyForward() {
        WorkbenchClock clock = new WorkbenchClock(Instant.parse("2026-03-02T12:00:00Z"));

        assertEquals(Instant.parse("2026-03-09T12:00:00Z"), clock.advance(Duration.ofDays(7)));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofDays(-1)));
        assertEquals(Instant.parse("2026-03-09T12:00:00Z"), clock.instant());
    }

    private String clockShown() throws Exception {
        return WORKBENCH.page("/workbench/outbox?role=admin").selectFirst(".workbench-clock").text();
    }

    private HttpResponse<String> week(String role, String cookieToken, String fieldToken) throws Exception {
        String cookies = "promisedesk-workbench-role=" + role
                + (cookieToken == null ? "" : "; " + WorkbenchServlet.XSRF_COOKIE + "=" + cookieToken);
        String form = fieldToken == null ? "" : "atl_token=" + fieldToken;
        URI uri = WORKBENCH.server().uri().resolve(DigestPages.WEEK_PATH);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
