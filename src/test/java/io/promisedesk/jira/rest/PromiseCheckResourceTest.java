package io.promisedesk.jira.rest;

import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.rest.RestFixture.body;
import static io.promisedesk.jira.rest.RestFixture.errors;
import static io.promisedesk.jira.rest.RestFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

public class PromiseCheckResourceTest {
    private RestFixture fixture;
    private PromiseCheckResource resource;

    @Before
    public void demo() throws Exception {
        fixture = new RestFixture();
        resource = fixture.promiseResource();
    }

    @Test
    public void aComfortableTeam_canPromiseAFewHoursInAMonth() throws Exception {
        Response response = resource.check("{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": 4}", null);

        assertEquals(200, response.getStatus());
        Map<String, Object> body = body(response);
        assertEquals("service-desk", body.get("team"));
        assertEquals(new BigDecimal("4"), body.get("hours"));
        assertEquals("2026-04-01", body.get("date"));
        assertEquals(true, body.get("feasible"));
        assertEquals("2026-04-01", body.get("earliest"));
    }

    @Test
    public void anOvercommittedTeam_cannotPromiseTomorrow_andSaysWhenItCan() throws Exception {
        Map<String, Object> body = body(resource.check(
                "{\"issue\": \"FO-121\", \"date\": \"2026-03-03\", \"hours\": 40}", null));

        assertEquals("FO-121", body.get("issue"));
        assertEquals("field-ops", body.get("team"));
        assertEquals(false, body.get("feasible"));
        assertNotNull(body.get("earliest"));
        assertTrue(((String) body.get("earliest")).compareTo("2026-03-03") > 0);
    }

    @Test
    public void withoutHours_theTeamsDefaultEstimateIsAsked() throws Exception {
        Map<String, Object> body = body(resource.check("{\"team\": \"field-ops\", \"date\": \"2026-06-01\"}", null));

        assertEquals(new BigDecimal("6"), body.get("hours"));
    }

    @Test
    public void badInput_is400_withAMessagePerField() throws Exception {
        Response response = resource.check("{\"date\": \"next week\", \"hours\": \"many\"}", null);

        assertEquals(400, response.getStatus());
        Map<String, Object> errors = errors(response);
        assertEquals("Name an issue or a team: exactly one of the two.", errors.get("issue"));
        assertEquals("\"next week\" is not a date; write it like 2026-03-13.", errors.get("date"));
        assertEquals("Hours must be a number, not \"many\".", errors.get("hours"));
    }

    @Test
    public void bothAnIssueAndATeam_orAMalformedKey_or0Hours_orAPastDate_are400() throws Exception {
        assertTrue(errors(resource.check("{\"issue\": \"FO-121\", \"team\": \"field-ops\", \"date\": \"2026-04-01\"}",
                null)).containsKey("team"));
        assertEquals("\"fo 121\" is not an issue key; write it like PROJECT-123.",
                errors(resource.check("{\"issue\": \"fo 121\", \"date\": \"2026-04-01\"}", null)).get("issue"));
        assertEquals("Enter more than 0 hours of work.",
                errors(resource.check("{\"team\": \"field-ops\", \"date\": \"2026-04-01\", \"hours\": 0}", null)).get("hours"));
        assertEquals("Hours must be 0 or more, not -2.",
                errors(resource.check("{\"team\": \"field-ops\", \"date\": \"2026-04-01\", \"hours\": -2}", null)).get("hours"));
        assertEquals("The wished date Sun 1 Mar has passed; choose today (Mon 2 Mar) or later.",
                errors(resource.check("{\"team\": \"field-ops\", \"date\": \"2026-03-01\"}", null)).get("date"));
        assertEquals("This field is required.",
                errors(resource.check("{\"team\": \"field-ops\"}", null)).get("date"));
    }

    @Test
    public void aHiddenIssue_isAnsweredExactlyAsAMissingOne() {
        fixture.access.hidden.add(IssueKey.parse("FO-121"));

        Response hidden = resource.check("{\"issue\": \"FO-121\", \"date\": \"2026-04-01\"}", null);
        Response missing = resource.check("{\"issue\": \"FO-9999\", \"date\": \"2026-04-01\"}", null);

        assertEquals(404, hidden.getStatus());
        assertEquals(text(missing).replace("FO-9999", "KEY"),
                text(hidden).replace("FO-121", "KEY"));
    }

    @Test
    public void anUnknownTeam_is404() throws Exception {
        Response response = resource.check("{\"team\": \"nobody\", \"date\": \"2026-04-01\"}", null);

        assertEquals(404, response.getStatus());
        assertEquals("There is no Promise Desk team nobody.", errors(response).get("team"));
    }

    @Test
    public void nobodyLoggedIn_is401_andNothingIsRead() {
        fixture.access.user = Optional.empty();

        Response response = resource.check("{\"team\": \"field-ops\", \"date\": \"2026-04-01\"}", null);

        assertEquals(401, response.getStatus());
        assertFalse(text(response).contains("field-ops"));
    }
}
