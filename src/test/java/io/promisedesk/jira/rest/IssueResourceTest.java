package io.promisedesk.jira.rest;

import io.promisedesk.eta.EtaHistory;
import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.rest.RestFixture.body;
import static io.promisedesk.jira.rest.RestFixture.errors;
import static io.promisedesk.jira.rest.RestFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class IssueResourceTest {
    private RestFixture fixture;
    private IssueResource resource;

    @Before
    public void demo() throws Exception {
        fixture = new RestFixture();
        resource = fixture.issueResource();
    }

    @Test
    public void aCommittedIssue_isAnsweredWithWhatItsPanelShows() throws Exception {
        Response response = resource.assessment("FO-135", null);

        assertEquals(200, response.getStatus());
        Map<String, Object> body = body(response);
        assertEquals("FO-135", body.get("issue"));
        assertEquals("committed", body.get("state"));
        assertEquals("field-ops", body.get("team"));
        Map<?, ?> verdict = (Map<?, ?>) body.get("verdict");
        assertEquals("OVERCOMMITTED", verdict.get("level"));
        assertEquals("Vandelay", verdict.get("customer"));
        List<?> contributors = (List<?>) body.get("largestContributors");
        assertFalse(contributors.isEmpty());
        assertTrue(contributors.size() <= 5);
    }

    @Test
    public void aCommittedIssue_namesTheAddressesItsCommitmentKeepsInformed_noneBeforeAnyWereSet() throws Exception {
        Map<String, Object> before = body(resource.assessment("NET-102", null));
        fixture.access.sales = true;
        Response set = fixture.commitmentResource().set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\","
                + " \"informed\": [{\"address\": \"Jan@STARK.example\", \"language\": \"nl\"},"
                + " {\"address\": \"pepper@stark.example\"}], \"expectedCurrent\": {\"date\": \"2026-04-15\","
                + " \"customer\": \"Stark Industries\"}}", null);
        fixture.access.sales = false;

        Response after = resource.assessment("NET-102", null);

        assertEquals("committed", before.get("state"));
        assertEquals(List.of(), before.get("informed"));
        assertEquals(text(set), 200, set.getStatus());
        assertEquals(text(after), 200, after.getStatus());
        assertEquals(List.of(Map.of("address", "Jan@stark.example", "language", "nl"),
                Map.of("address", "pepper@stark.example", "language", "en")), body(after).get("informed"));
    }

    @Test
    public void theAddressesOfAHiddenIssue_areNotAnswered() throws Exception {
        fixture.access.sales = true;
        fixture.commitmentResource().set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\","
                + " \"informed\": [{\"address\": \"jan@stark.example\"}], \"expectedCurrent\": {\"date\":"
                + " \"2026-04-15\", \"customer\": \"Stark Industries\"}}", null);
        fixture.access.hidden.add(IssueKey.parse("NET-102"));

        Response hidden = resource.assessment("NET-102", null);

        assertEquals(404, hidden.getStatus());
        assertFalse(text(hidden), text(hidden).contains("stark.example"));
    }

    @Test
    public void anUncommittedIssue_namesNoAddresses() throws Exception {
        assertFalse(body(resource.assessment("FO-101", null)).containsKey("informed"));
    }

    @Test
    public void largestContributorsTheCallerMayNotBrowse_areLeftOut() throws Exception {
        List<?> all = (List<?>) body(resource.assessment("FO-121", null)).get("largestContributors");
        String first = (String) ((Map<?, ?>) all.get(0)).get("key");
        fixture.access.hidden.add(IssueKey.parse(first));

        String entity = text(resource.assessment("FO-121", null));

        assertFalse(entity, entity.contains("\"" + first + "\""));
    }

    @Test
    public void aResolvedIssueOfATeam_isUncommitted_withTheTeamsFigures() throws Exception {
        Map<String, Object> body = body(resource.assessment("FO-101", null));

        assertEquals("uncommitted", body.get("state"));
        assertEquals("field-ops", body.get("team"));
        assertEquals("OVERCOMMITTED", body.get("level"));
    }

    @Test
    public void anIssueOfNoTeam_isNoTeam() throws Exception {
        IssueKey loose = IssueKey.parse("LOOSE-1");
        fixture.existing.add(loose);

        assertEquals("noTeam", body(resource.assessment("LOOSE-1", null)).get("state"));
    }

    @Test
    public void aHiddenIssue_isAnsweredExactlyAsAMissingOne() {
        fixture.access.hidden.add(IssueKey.parse("FO-135"));

        Response hidden = resource.assessment("FO-135", null);
        Response missing = resource.assessment("FO-9999", null);

        assertEquals(404, hidden.getStatus());
        assertEquals(404, missing.getStatus());
        assertEquals(text(missing).replace("FO-9999", "KEY"),
                text(hidden).replace("FO-135", "KEY"));
        assertEquals(404, resource.assessment("not a key", null).getStatus());
    }

    @Test
    public void nobodyLoggedIn_is401() {
        fixture.access.user = Optional.empty();

        assertEquals(401, resource.assessment("FO-135", null).getStatus());
        assertEquals(401, resource.setEta("FO-135", "{}", null).getStatus());
    }

    @Test
    public void anEta_isSet_recordedAsTheCaller_andTheTeamsSnapshotReadsIt() throws Exception {
        Response response = resource.setEta("FO-121",
                "{\"eta\": \"2026-03-20\", \"reason\": \"parts arrive late\", \"expectedCurrentEta\": null}", null);

        assertEquals(200, response.getStatus());
        Map<String, Object> body = body(response);
        assertEquals("2026-03-20", body.get("eta"));
        assertNull(body.get("previousEta"));
        assertEquals("tess", body.get("author"));
        assertEquals("parts arrive late", body.get("reason"));
        EtaHistory history = fixture.etaHistories.load(IssueKey.parse("FO-121"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 20)), history.currentEta());
        assertEquals("tess", history.changes().get(0).author());
    }

    @Test
    public void aStaleExpectedEta_is409_withTheCurrentEta() throws Exception {
        resource.setEta("FO-121", "{\"eta\": \"2026-03-20\", \"reason\": \"r\", \"expectedCurrentEta\": null}", null);

        Response response = resource.setEta("FO-121",
                "{\"eta\": \"2026-03-25\", \"reason\": \"later\", \"expectedCurrentEta\": null}", null);

        assertEquals(409, response.getStatus());
        Map<String, Object> body = body(response);
        assertEquals("2026-03-20", body.get("currentEta"));
        assertTrue(((String) errors(response).get("expectedCurrentEta")).startsWith("Someone else changed the ETA"));
    }

    @Test
    public void aSlipWithoutReason_is400_onTheReasonField() throws Exception {
        resource.setEta("FO-121", "{\"eta\": \"2026-03-20\", \"reason\": \"r\", \"expectedCurrentEta\": null}", null);

        Response response = resource.setEta("FO-121",
                "{\"eta\": \"2026-03-25\", \"expectedCurrentEta\": \"2026-03-20\"}", null);

        assertEquals(400, response.getStatus());
        assertEquals("Moving the ETA later, from Fri 20 Mar to Wed 25 Mar, needs a reason.", errors(response).get("reason"));
        assertEquals("2026-03-20", body(response).get("currentEta"));
    }

    @Test
    public void anEtaInThePast_is400_onTheEtaField() throws Exception {
        Response response = resource.setEta("FO-121", "{\"eta\": \"2026-03-01\", \"expectedCurrentEta\": null}", null);

        assertEquals(400, response.getStatus());
        assertEquals("The ETA Sun 1 Mar is before today (Mon 2 Mar).", errors(response).get("eta"));
    }

    @Test
    public void anEtaBeyondTheHorizon_andAReasonWithAnOverride_are400_onTheirFields() throws Exception {
        Response far = resource.setEta("FO-121", "{\"eta\": \"+99999-01-01\", \"expectedCurrentEta\": null}", null);
        Response override = resource.setEta("FO-121", "{\"eta\": \"2026-03-20\", \"reason\": \"Parts \\u202Elate\", "
                + "\"expectedCurrentEta\": null}", null);

        assertEquals(400, far.getStatus());
        assertEquals("The ETA +99999-01-01 is too far ahead: plan at most 5 years ahead, so 2031-03-02 at the latest.",
                errors(far).get("eta"));
        assertEquals(400, override.getStatus());
        assertEquals("Remove the invisible control or text-direction character U+202E at position 7; it does not belong "
                + "in this text.", errors(override).get("reason"));
    }

    @Test
    public void badInput_is400_withAMessagePerField() throws Exception {
        Response response = resource.setEta("FO-121",
                "{\"eta\": \"20-03-2026\", \"reason\": 7, \"expectedCurrentEta\": \"soon\"}", null);

        assertEquals(400, response.getStatus());
        Map<String, Object> errors = errors(response);
        assertEquals("\"20-03-2026\" is not a date; write it like 2026-03-13.", errors.get("eta"));
        assertEquals("Give text in quotes here, not 7.", errors.get("reason"));
        assertEquals("\"soon\" is not a date; write it like 2026-03-13.", errors.get("expectedCurrentEta"));
    }

    @Test
    public void missingMembers_are400_theExpectedEtaMustBeGivenEvenAsNull() throws Exception {
        Map<String, Object> errors = errors(resource.setEta("FO-121", "{}", null));

        assertEquals("Enter the new ETA.", errors.get("eta"));
        assertEquals("Give the ETA you last saw, or null when the issue had none.", errors.get("expectedCurrentEta"));
    }

    @Test
    public void aTooLongReason_is400_onTheReasonField() throws Exception {
        Response response = resource.setEta("FO-121", "{\"eta\": \"2026-03-20\", \"reason\": \"" + "x".repeat(1_001)
                + "\", \"expectedCurrentEta\": null}", null);

        assertEquals(400, response.getStatus());
        assertTrue(errors(response).containsKey("reason"));
    }

    @Test
    public void aBodyThatIsNoJsonObject_is400_sayingWhatItIs() throws Exception {
        Map<String, String> answers = Map.of(
                "", "The request body is empty; send one JSON object.",
                "[]", "Send one JSON object as the request body, not [].",
                "\"eta\"", "Send one JSON object as the request body, not \"eta\".",
                "{", "The request body is not valid JSON: unexpected end of input, expected a field name in double quotes"
                        + " (line 1, column 2).",
                "eta=2026-03-20", "The request body is not valid JSON: 'eta=2026-03-20' is not a JSON value (line 1, column 1).");
        for (Map.Entry<String, String> each : answers.entrySet()) {
            Response response = resource.setEta("FO-121", each.getKey(), null);
            assertEquals(each.getKey(), 400, response.getStatus());
            assertEquals(each.getKey(), Map.of("body", each.getValue()), errors(response));
        }
    }

    @Test
    public void aCallerWhoMayBrowseButNotEdit_is403_andNothingChanges() throws Exception {
        fixture.access.edits = false;

        Response response = resource.setEta("FO-121", "{\"eta\": \"2026-03-20\", \"expectedCurrentEta\": null}", null);

        assertEquals(403, response.getStatus());
        assertEquals("You may not change the ETA of FO-121.", errors(response).get("issue"));
        assertTrue(fixture.etaHistories.load(IssueKey.parse("FO-121")).changes().isEmpty());
    }

    @Test
    public void settingTheEtaOfAHiddenIssue_isAnsweredExactlyAsForAMissingOne() {
        fixture.access.hidden.add(IssueKey.parse("FO-121"));
        String body = "{\"eta\": \"2026-03-20\", \"expectedCurrentEta\": null}";

        Response hidden = resource.setEta("FO-121", body, null);
        Response missing = resource.setEta("FO-9999", body, null);

        assertEquals(404, hidden.getStatus());
        assertEquals(text(missing).replace("FO-9999", "KEY"),
                text(hidden).replace("FO-121", "KEY"));
        assertTrue(fixture.etaHistories.load(IssueKey.parse("FO-121")).changes().isEmpty());
    }

    @Test
    public void theEtaOfAnIssueOfNoTeam_is404_sayingSo() throws Exception {
        fixture.existing.add(IssueKey.parse("LOOSE-1"));

        Response response = resource.setEta("LOOSE-1", "{\"eta\": \"2026-03-20\", \"expectedCurrentEta\": null}", null);

        assertEquals(404, response.getStatus());
        assertTrue(((String) errors(response).get("issue")).contains("belongs to no Promise Desk team"));
    }
}
