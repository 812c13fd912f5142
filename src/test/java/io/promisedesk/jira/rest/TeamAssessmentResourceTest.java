package io.promisedesk.jira.rest;

import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.rest.RestFixture.body;
import static io.promisedesk.jira.rest.RestFixture.errors;
import static io.promisedesk.jira.rest.RestFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class TeamAssessmentResourceTest {
    private RestFixture fixture;

    @Before
    public void demo() throws Exception {
        fixture = new RestFixture();
    }

    @Test
    public void aTeam_isAnsweredWithItsFiguresAndEveryVerdictInQueueOrder() throws Exception {
        Response response = fixture.teamResource().assessment("field-ops", null);

        assertEquals(200, response.getStatus());
        assertEquals("application/json;charset=utf-8", response.getMediaType().toString());
        Map<String, Object> team = body(response);
        assertEquals("field-ops", team.get("team"));
        assertEquals("2026-03-02", team.get("today"));
        assertEquals("OVERCOMMITTED", team.get("level"));
        assertEquals(99, ((Number) team.get("committedIssues")).intValue());
        List<?> issues = (List<?>) team.get("issues");
        assertEquals(99, issues.size());
        Map<?, ?> first = (Map<?, ?>) issues.get(0);
        assertEquals("FO-135", first.get("key"));
        assertEquals("OVERCOMMITTED", first.get("level"));
        assertEquals("2026-02-28", first.get("commitment"));
        assertEquals("Vandelay", first.get("customer"));
        assertEquals("2026-03-02", first.get("eta"));
        assertEquals(true, first.get("forecastLate"));
    }

    @Test
    public void issuesTheCallerMayNotBrowse_areLeftOut_andNotCounted_butTheTeamsLevelStays() throws Exception {
        Map<String, Object> whole = body(fixture.teamResource().assessment("field-ops", null));
        fixture.access.hidden.add(IssueKey.parse("FO-135"));

        Map<String, Object> team = body(fixture.teamResource().assessment("field-ops", null));

        List<?> issues = (List<?>) team.get("issues");
        assertEquals(98, issues.size());
        assertFalse(issues.stream().anyMatch(issue -> "FO-135".equals(((Map<?, ?>) issue).get("key"))));
        assertFalse(io.promisedesk.scenario.Json.write(team).contains("FO-135"));
        assertEquals(99, ((Number) whole.get("committedIssues")).intValue());
        assertEquals(98, ((Number) team.get("committedIssues")).intValue());
        // FO-135 is overcommitted and estimated: one fewer at risk, as many unestimated.
        assertEquals(((Number) whole.get("issuesAtRisk")).intValue() - 1, ((Number) team.get("issuesAtRisk")).intValue());
        assertEquals(whole.get("unestimatedIssues"), team.get("unestimatedIssues"));
        assertEquals("OVERCOMMITTED", team.get("level"));
    }

    @Test
    public void theSnapshotsWrittenVerdicts_areReused_butEachCallerStillSeesOnlyWhatTheyMayBrowse() throws Exception {
        String everything = text(fixture.teamResource().assessment("field-ops", null));
        fixture.access.hidden.add(IssueKey.parse("FO-138"));

        String filtered = text(fixture.teamResource().assessment("field-ops", null));
        fixture.access.hidden.clear();

        assertTrue(everything.contains("\"key\":\"FO-138\""));
        assertFalse(filtered.contains("FO-138"));
        assertEquals(everything, text(fixture.teamResource().assessment("field-ops", null)));
    }

    @Test
    public void aCallerWhoMayBrowseNoneOfTheIssues_getsTheFiguresAndAnEmptyList() throws Exception {
        fixture.access.hidden.addAll(fixture.existing);

        Map<String, Object> team = body(fixture.teamResource().assessment("field-ops", null));

        assertEquals(List.of(), team.get("issues"));
        assertEquals("OVERCOMMITTED", team.get("level"));
    }

    @Test
    public void onlyTheFirstOrLastIssueShown_isStillOneJsonObject() throws Exception {
        Map<String, Object> all = body(fixture.teamResource().assessment("field-ops", null));
        List<?> issues = (List<?>) all.get("issues");
        for (Object keep : List.of(issues.get(0), issues.get(issues.size() - 1))) {
            fixture.access.hidden.clear();
            for (Object issue : issues) {
                if (issue != keep) {
                    fixture.access.hidden.add(IssueKey.parse((String) ((Map<?, ?>) issue).get("key")));
                }
            }
            assertEquals(List.of(keep), body(fixture.teamResource().assessment("field-ops", null)).get("issues"));
        }
    }

    @Test
    public void anUnknownTeam_is404_withAMessage() throws Exception {
        Response response = fixture.teamResource().assessment("nobody", null);

        assertEquals(404, response.getStatus());
        assertEquals("There is no Promise Desk team nobody.", errors(response).get("team"));
    }

    @Test
    public void aKeyNoTeamCanHave_is404NotAnError() {
        assertEquals(404, fixture.teamResource().assessment(" ", null).getStatus());
        assertEquals(404, fixture.teamResource().assessment("x".repeat(65), null).getStatus());
    }

    @Test
    public void nobodyLoggedIn_is401_beforeAnythingIsLookedUp() throws Exception {
        fixture.access.user = Optional.empty();

        Response response = fixture.teamResource().assessment("field-ops", null);

        assertEquals(401, response.getStatus());
        assertEquals("Log in to use Promise Desk.", errors(response).get("user"));
        assertFalse(text(response).contains("field-ops"));
    }

    @Test
    public void aDutchReader_getsDutchMessages_anyOtherLanguageEnglish() throws Exception {
        assertEquals("Er is geen Promise Desk-team x.",
                errors(fixture.teamResource().assessment("x", "nl-NL,nl;q=0.9,en;q=0.8")).get("team"));
        assertEquals("There is no Promise Desk team x.",
                errors(fixture.teamResource().assessment("x", "fr-FR")).get("team"));
        assertEquals("There is no Promise Desk team x.",
                errors(fixture.teamResource().assessment("x", ";;;q=banana")).get("team"));
    }

    @Test
    public void theAnswer_isOneCompactJsonObject() throws Exception {
        String entity = text(fixture.teamResource().assessment("field-ops", null));

        assertTrue(entity.startsWith("{\"team\":\"field-ops\""));
    }
}
