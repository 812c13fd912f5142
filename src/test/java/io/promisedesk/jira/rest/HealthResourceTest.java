package io.promisedesk.jira.rest;

import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.HealthFixture;
import io.promisedesk.health.Area;
import io.promisedesk.health.Finding;
import io.promisedesk.language.Message;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.promisedesk.jira.rest.RestFixture.body;
import static io.promisedesk.jira.rest.RestFixture.errors;
import static org.junit.Assert.assertEquals;

public class HealthResourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    private final HealthFixture health = new HealthFixture(CLOCK);

    private HealthResource resource(FakeAccess caller) {
        return new HealthResource(caller, health.checks());
    }

    @Test
    public void anAdministrator_getsEveryAreasLines_runNow_withTheVerdictOverAll() throws Exception {
        health.finds(Area.MAIL, Finding.amber(Message.of("promisedesk.health.mail.disabled"),
                Message.of("promisedesk.health.mail.disabled.advice")));
        health.finds(Area.TEAMS, Finding.red(Message.of("promisedesk.health.teams.invalid", "Operations", "Bad."),
                Message.of("promisedesk.health.teams.invalid.advice")).withDetail("project in (\"OPS\") AND (x"));

        Response response = resource(FakeAccess.technician("ada").asAdministrator()).check(null);

        assertEquals(200, response.getStatus());
        Map<String, Object> body = body(response);
        assertEquals("red", body.get("verdict"));
        assertEquals("2026-03-10T10:30:00+01:00", body.get("checkedAt"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> areas = (List<Map<String, Object>>) body.get("areas");
        assertEquals(List.of("versions", "fields", "storage", "digestJob", "mail", "teams", "cluster", "templates"),
                areas.stream().map(area -> area.get("area")).toList());
        Map<String, Object> teams = areas.get(5);
        assertEquals("Teams’ searches", teams.get("title"));
        assertEquals("red", teams.get("verdict"));
        assertEquals(0, ((Number) teams.get("millis")).intValue());
        assertEquals(List.of(Map.of("verdict", "red",
                "text", "The search of team Operations is not valid JQL: Bad.",
                "advice", "Correct the team’s JQL filter on its form; Jira’s issue search shows where the query below"
                        + " goes wrong.",
                "detail", "project in (\"OPS\") AND (x")), teams.get("findings"));
        assertEquals(List.of(Map.of("verdict", "green", "text", "The cluster cache answers.")),
                areas.get(0).get("findings"));
        assertEquals(1, health.runsOf(Area.STORAGE));
    }

    @Test
    public void theLines_followTheCallersLanguage() throws Exception {
        Map<String, Object> body = body(resource(FakeAccess.technician("ada").asAdministrator()).check("nl, en;q=0.5"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> areas = (List<Map<String, Object>>) body.get("areas");
        assertEquals("Versies", areas.get(0).get("title"));
        assertEquals("green", body.get("verdict"));
    }

    @Test
    public void nobodyLoggedIn_is401_andAnyoneButAnAdministrator403_withoutRunningAnything() throws Exception {
        Response anonymous = resource(FakeAccess.anonymous()).check(null);
        Response technician = resource(FakeAccess.technician("tess")).check(null);
        Response sales = resource(FakeAccess.technician("sam").asSales()).check(null);

        assertEquals(401, anonymous.getStatus());
        assertEquals(403, technician.getStatus());
        assertEquals(403, sales.getStatus());
        assertEquals(Map.of("user", "Only Jira administrators may configure Promise Desk."), errors(technician));
        for (Area area : Area.values()) {
            assertEquals(area.id(), 0, health.runsOf(area));
        }
    }
}
