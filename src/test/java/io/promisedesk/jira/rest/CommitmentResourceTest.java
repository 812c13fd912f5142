package io.promisedesk.jira.rest;

import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.work.IssueKey;
import org.junit.Before;
import org.junit.Test;

import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.rest.RestFixture.body;
import static io.promisedesk.jira.rest.RestFixture.errors;
import static io.promisedesk.jira.rest.RestFixture.text;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * {@code PUT issue/{key}/commitment} on the demo data (Monday 2 March 2026): NET-102 promised for 15 April to Stark
 * Industries, NET-105 promised to nobody; the caller is a salesperson unless a test says otherwise.
 */
public class CommitmentResourceTest {
    private static final String STARK = "\"expectedCurrent\": {\"date\": \"2026-04-15\", \"customer\": \"Stark Industries\"}";

    private RestFixture fixture;
    private CommitmentResource resource;

    @Before
    public void demo() throws Exception {
        fixture = new RestFixture();
        fixture.access.sales = true;
        resource = fixture.commitmentResource();
    }

    @Test
    public void twoSalespeopleFromTheSamePromise_theSecondIs409WithTheFirsts_andSavesAgainstItThen() throws Exception {
        Response first = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\","
                + " \"note\": \"By phone\", " + STARK + "}", null);
        fixture.access.user = Optional.of("eva");
        Response second = resource.set("NET-102", "{\"date\": \"2026-04-24\", \"customer\": \"Initech\", " + STARK + "}",
                null);

        assertEquals(text(first), 200, first.getStatus());
        Map<String, Object> saved = body(first);
        assertEquals("NET-102", saved.get("issue"));
        assertEquals("2026-04-20", saved.get("date"));
        assertEquals("Globex", saved.get("customer"));
        assertEquals("By phone", saved.get("note"));
        assertEquals("tess", saved.get("author"));
        assertEquals("2026-03-02T12:00:00Z", saved.get("when"));
        assertEquals(Map.of("date", "2026-04-15", "customer", "Stark Industries"), saved.get("previous"));
        assertEquals(Map.of("feasible", true, "earliest", "2026-04-20"), saved.get("promise"));
        assertEquals(409, second.getStatus());
        assertEquals(Map.of("expectedCurrent", "Someone else changed the commitment while you were editing. Check the"
                + " commitment promised now and save again; what you entered is kept."), errors(second));
        assertEquals(Map.of("date", "2026-04-20", "customer", "Globex"), body(second).get("current"));
        assertEquals("tess", fixture.commitments.load(IssueKey.parse("NET-102")).orElseThrow().current().author());

        Response again = resource.set("NET-102", "{\"date\": \"2026-04-24\", \"customer\": \"Initech\","
                + " \"expectedCurrent\": {\"date\": \"2026-04-20\", \"customer\": \"Globex\"}}", null);

        assertEquals(text(again), 200, again.getStatus());
        SavedCommitment now = fixture.commitments.load(IssueKey.parse("NET-102")).orElseThrow();
        assertEquals("eva", now.current().author());
        assertEquals("tess", now.previous().orElseThrow().author());
    }

    @Test
    public void informedAddresses_areSaved_returned_andKeptWhenAPutLeavesThemOut() throws Exception {
        Response set = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"informed\": ["
                + "{\"address\": \"Jan@STARK.example\", \"language\": \"nl\"}, {\"address\": \"pepper@stark.example\"}], "
                + STARK + "}", null);
        Response kept = resource.set("NET-102", "{\"date\": \"2026-04-22\", \"customer\": \"Globex\","
                + " \"expectedCurrent\": {\"date\": \"2026-04-20\", \"customer\": \"Globex\"}}", null);
        Response cleared = resource.set("NET-102", "{\"date\": \"2026-04-22\", \"customer\": \"Globex\", \"informed\": [],"
                + " \"expectedCurrent\": {\"date\": \"2026-04-22\", \"customer\": \"Globex\"}}", null);

        assertEquals(text(set), 200, set.getStatus());
        List<Map<String, Object>> both = List.of(Map.of("address", "Jan@stark.example", "language", "nl"),
                Map.of("address", "pepper@stark.example", "language", "en"));
        assertEquals(both, body(set).get("informed"));
        assertEquals(both, body(kept).get("informed"));
        assertEquals(List.of(), body(cleared).get("informed"));
    }

    @Test
    public void badInformedAddresses_are400_namingTheAddress_andSaveNothing() throws Exception {
        Response bad = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"informed\": ["
                + "{\"address\": \"jan@stark\"}], " + STARK + "}", null);
        Response notAList = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\","
                + " \"informed\": \"jan@stark.example\", " + STARK + "}", null);
        Response french = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"informed\": ["
                + "{\"address\": \"jan@stark.example\", \"language\": \"fr\"}], " + STARK + "}", null);

        assertEquals(400, bad.getStatus());
        assertEquals(Map.of("informed", "\"jan@stark\" is not an e-mail address; write one like name@example.com."),
                errors(bad));
        assertEquals(400, notAList.getStatus());
        assertEquals(400, french.getStatus());
        assertEquals("Stark Industries", fixture.commitments.load(IssueKey.parse("NET-102"))
                .map(saved -> saved.current().commitment().customerIfKnown().orElseThrow().name())
                .orElse("Stark Industries"));
    }

    @Test
    public void aFirstPromise_expectsNone_andOneMadeMeanwhileIs409WithIt() throws Exception {
        Response first = resource.set("NET-105", "{\"date\": \"2026-03-20\", \"customer\": \"Initech\","
                + " \"expectedCurrent\": null}", null);
        Response second = resource.set("NET-105", "{\"date\": \"2026-03-27\", \"customer\": \"Initech\","
                + " \"expectedCurrent\": null}", null);

        assertEquals(text(first), 200, first.getStatus());
        assertEquals(null, body(first).get("previous"));
        assertEquals(null, body(first).get("note"));
        assertEquals(409, second.getStatus());
        assertEquals(Map.of("date", "2026-03-20", "customer", "Initech"), body(second).get("current"));
    }

    @Test
    public void whoMaySet_isTheSalesGroupsAndAdministrators_andNobodyIs401() throws Exception {
        String body = "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", " + STARK + "}";
        fixture.access.sales = false;
        Response technician = resource.set("NET-102", body, null);
        fixture.access.administrator = true;
        Response administrator = resource.set("NET-102", body, null);
        fixture.access.user = Optional.empty();
        Response nobody = resource.set("NET-102", body, null);

        assertEquals(403, technician.getStatus());
        assertEquals(Map.of("user", "Only members of the sales groups and Jira administrators may set commitments."),
                errors(technician));
        assertEquals(text(administrator), 200, administrator.getStatus());
        assertEquals(401, nobody.getStatus());
    }

    @Test
    public void permission_isCheckedBeforeTheBodyIsRead() throws Exception {
        fixture.access.sales = false;

        assertEquals(403, resource.set("NET-102", "not json", null).getStatus());
        assertEquals(403, resource.set("NET-9999", "not json", null).getStatus());
    }

    @Test
    public void aHiddenIssue_isAnsweredExactlyAsAMissingOne_andNothingIsSaved() throws Exception {
        fixture.access.hidden.add(IssueKey.parse("NET-102"));
        String body = "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", " + STARK + "}";

        Response hidden = resource.set("NET-102", body, null);
        Response missing = resource.set("NET-9999", body, null);
        Response malformed = resource.set("net 102", body, null);

        assertEquals(404, hidden.getStatus());
        assertEquals(text(missing).replace("NET-9999", "KEY"), text(hidden).replace("NET-102", "KEY"));
        assertEquals(404, malformed.getStatus());
        assertEquals(Optional.empty(), fixture.commitments.load(IssueKey.parse("NET-102")));
    }

    @Test
    public void anIssueOfNoTeam_is404() throws Exception {
        fixture.existing.add(IssueKey.parse("LOOSE-1"));

        Response response = resource.set("LOOSE-1", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\","
                + " \"expectedCurrent\": null}", null);

        assertEquals(404, response.getStatus());
        assertEquals(Map.of("issue", "Issue LOOSE-1 belongs to no Promise Desk team, so Promise Desk has no ETA or"
                + " promise check for it."), errors(response));
    }

    @Test
    public void everyMissingOrUnreadableMember_isNamedAtOnce() throws Exception {
        Response empty = resource.set("NET-102", "{}", null);
        Response unreadable = resource.set("NET-102", "{\"date\": \"20/04\", \"customer\": 7, \"note\": [],"
                + " \"expectedCurrent\": \"2026-04-15\"}", null);

        assertEquals(400, empty.getStatus());
        assertEquals(Map.of("date", "Enter the date you promise.",
                "customer", "Enter the customer you promise the date to.",
                "expectedCurrent", "Give the commitment you last saw, as an object with its date and customer, or null"
                        + " when the issue had none."), errors(empty));
        assertEquals(400, unreadable.getStatus());
        assertEquals(Map.of("date", "\"20/04\" is not a date; write it like 2026-03-13.",
                "customer", "Give text in quotes here, not 7.", "note", "Give text in quotes here, not [].",
                "expectedCurrent", "Give the commitment you last saw, as an object with its date and customer, or null"
                        + " when the issue had none."), errors(unreadable));
        assertEquals(Optional.empty(), fixture.commitments.load(IssueKey.parse("NET-102")));
    }

    @Test
    public void anExpectedCommitmentWithoutADate_orWithAnotherShape_isRefused() throws Exception {
        for (String expected : List.of("{\"customer\": \"Stark Industries\"}", "{\"date\": \"soon\"}",
                "{\"date\": \"2026-04-15\", \"customer\": 3}", "[]", "true")) {
            Response response = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\","
                    + " \"expectedCurrent\": " + expected + "}", null);

            assertEquals(expected, 400, response.getStatus());
            assertEquals(expected, List.of("expectedCurrent"), List.copyOf(errors(response).keySet()));
        }
    }

    @Test
    public void theRulesOfACommitment_areFieldErrors() throws Exception {
        Response past = resource.set("NET-102", "{\"date\": \"2026-03-01\", \"customer\": \"Globex\", " + STARK + "}", null);
        Response longCustomer = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"" + "c".repeat(256)
                + "\", " + STARK + "}", null);
        Response longNote = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"note\": \""
                + "n".repeat(501) + "\", " + STARK + "}", null);
        Response notJson = resource.set("NET-102", "date=2026-04-20", null);

        assertEquals(400, past.getStatus());
        assertEquals(Map.of("date", "The promised date Sun 1 Mar has passed; choose today (Mon 2 Mar) or later."),
                errors(past));
        assertEquals(List.of("customer"), List.copyOf(errors(longCustomer).keySet()));
        assertEquals(Map.of("note", "Use at most 500 characters; this has 501."), errors(longNote));
        assertEquals(Map.of("body", "The request body is not valid JSON: 'date=2026-04-20' is not a JSON value (line 1, column 1)."),
                errors(notJson));
        assertEquals(Optional.empty(), fixture.commitments.load(IssueKey.parse("NET-102")));
    }

    @Test
    public void aDateBeyondTheHorizon_aNulInTheCustomerAndAnOverrideInTheNote_areFieldErrors() throws Exception {
        Response farAway = resource.set("NET-102", "{\"date\": \"+99999-01-01\", \"customer\": \"Globex\", " + STARK + "}",
                null);
        Response nul = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Glo\\u0000bex\", " + STARK + "}",
                null);
        Response override = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"note\": "
                + "\"Call \\u202Efirst\", " + STARK + "}", null);

        assertEquals(400, farAway.getStatus());
        assertEquals(Map.of("date", "The date +99999-01-01 is too far ahead: plan at most 5 years ahead, so 2031-03-02 at "
                + "the latest."), errors(farAway));
        assertEquals(Map.of("customer", "Remove the invisible control or text-direction character U+0000 at position 4; "
                + "it does not belong in this text."), errors(nul));
        assertEquals(List.of("note"), List.copyOf(errors(override).keySet()));
        assertEquals(Optional.empty(), fixture.commitments.load(IssueKey.parse("NET-102")));
    }

    @Test
    public void aStalePromise_is409_evenWithADateInThePast() throws Exception {
        Response response = resource.set("NET-102", "{\"date\": \"2026-03-01\", \"customer\": \"Globex\","
                + " \"expectedCurrent\": null}", null);

        assertEquals(409, response.getStatus());
    }

    @Test
    public void refusals_areInDutch_whenTheCallerPrefersIt() throws Exception {
        Response response = resource.set("NET-102", "{\"date\": \"2026-04-20\", \"customer\": \"Globex\","
                + " \"expectedCurrent\": null}", "nl, en;q=0.5");

        assertEquals(409, response.getStatus());
        assertEquals("Iemand anders heeft de toezegging gewijzigd terwijl je aan het bewerken was. Controleer wat nu"
                + " beloofd is en sla opnieuw op; wat je hebt ingevuld, blijft bewaard.", errors(response).get("expectedCurrent"));
    }

    @Test
    public void theResource_isAJsonOnlyPut_underTheIssuesPath() throws Exception {
        java.lang.reflect.Method set = CommitmentResource.class.getMethod("set", String.class, String.class, String.class);

        assertEquals("/issue/{key}/commitment", CommitmentResource.class.getAnnotation(Path.class).value());
        assertNotNull(set.getAnnotation(PUT.class));
        assertArrayEquals(new String[] {MediaType.APPLICATION_JSON}, set.getAnnotation(Consumes.class).value());
        assertTrue(Arrays.stream(set.getAnnotations()).anyMatch(annotation ->
                annotation.annotationType().getSimpleName().equals("LicensedOnly")));
    }
}
