package io.promisedesk.jira.rest;

import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.InMemoryGlobalSettingsStore;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamForms;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsListener;
import io.promisedesk.team.TeamKey;
import org.junit.Before;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.promisedesk.jira.rest.RestFixture.errors;
import static io.promisedesk.jira.rest.RestFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every REST write answers a body it cannot take with 400 and a message naming what is wrong: the body, or the
 * member whose value is not JSON or is a number no field takes, quoted as typed; never an exception.
 */
public class RestBodyMessagesTest {
    private static final String TEAM = TeamSettingsResourceTest.VALID;

    private RestFixture fixture;
    private TeamSettingsResource teams;
    private GlobalSettingsResource global;
    private final Map<String, BiFunction<String, String, Response>> writes = new LinkedHashMap<>();

    @Before
    public void everyWrite() throws Exception {
        fixture = new RestFixture();
        FakeAccess admin = FakeAccess.technician("ada").asAdministrator();
        InMemoryTeamSettingsStore store = new InMemoryTeamSettingsStore();
        teams = new TeamSettingsResource(admin, store, new ConfigureTeams(store, TeamForms.NAMES, new TeamSettingsListener() {
            @Override
            public void saved(TeamSettings settings) {
            }

            @Override
            public void deleted(TeamKey key) {
            }
        }));
        assertEquals(201, teams.create(TEAM, null).getStatus());
        global = new GlobalSettingsResource(admin, new ConfigureGlobalSettings(new InMemoryGlobalSettingsStore(),
                TeamForms.NAMES, () -> { }));
        IssueResource issues = fixture.issueResource();
        PromiseCheckResource promises = fixture.promiseResource();
        writes.put("PUT issue/FO-121/eta", (body, language) -> issues.setEta("FO-121", body, language));
        writes.put("POST promise-check", promises::check);
        writes.put("POST settings/teams", teams::create);
        writes.put("PUT settings/teams/field-ops", (body, language) -> teams.update("field-ops", body, language));
        writes.put("PUT settings/global", global::update);
        fixture.access.sales = true;
        CommitmentResource commitments = fixture.commitmentResource();
        writes.put("PUT issue/NET-102/commitment", (body, language) -> commitments.set("NET-102", body, language));
    }

    @Test
    public void aBodyThatIsNoJsonObject_isNamedForWhatItIs_byEveryWrite() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("", "The request body is empty; send one JSON object.");
        answers.put(" \r\n", "The request body is empty; send one JSON object.");
        answers.put("null", "Send one JSON object as the request body, not null.");
        answers.put("[1, 2]", "Send one JSON object as the request body, not [1,2].");
        answers.put("1e308", "Send one JSON object as the request body, not 1e308.");
        answers.put("{\"eta\": \"2026-03-20\"} {}",
                "The request body is not valid JSON: unexpected text after the JSON document (line 1, column 23).");
        answers.put("[".repeat(100_000), "The request body is not valid JSON: nested deeper than 64 levels (line 1, column 65).");
        answers.put("\u202E{}", "The request body is not valid JSON: unexpected character U+202E, expected a value"
                + " (line 1, column 1).");

        for (Map.Entry<String, BiFunction<String, String, Response>> write : writes.entrySet()) {
            for (Map.Entry<String, String> each : answers.entrySet()) {
                Response response = write.getValue().apply(each.getKey(), null);

                String what = write.getKey() + " " + each.getKey().substring(0, Math.min(20, each.getKey().length()));
                assertEquals(what, 400, response.getStatus());
                assertEquals(what, Map.of("body", each.getValue()), errors(response));
            }
        }
    }

    @Test
    public void aMemberWhoseValueIsNoJson_isNamed_byEveryWrite() throws Exception {
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        answers.put("{\"hours\": NaN}", Map.of("hours", "hours is not valid JSON: 'NaN' is not a JSON value (line 1, column 11)."));
        answers.put("{\"version\": 1, \"version\": 2}",
                Map.of("version", "version is not valid JSON: field \"version\" appears twice (line 1, column 16)."));
        answers.put("{\"eta\": \"2026-03-20\", \"reason\": \"late\n\"}",
                Map.of("reason", "reason is not valid JSON: control character U+000A in string (line 1, column 38)."));
        answers.put("{\"members\": [{\"weeklyHours\": -Infinity}]}", Map.of("members",
                "members[0].weeklyHours is not valid JSON: '-Infinity' is not a JSON number (line 1, column 30)."));

        for (Map.Entry<String, BiFunction<String, String, Response>> write : writes.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> each : answers.entrySet()) {
                Response response = write.getValue().apply(each.getKey(), null);

                assertEquals(write.getKey() + " " + each.getKey(), 400, response.getStatus());
                assertEquals(write.getKey() + " " + each.getKey(), each.getValue(), errors(response));
            }
        }
    }

    @Test
    public void everyPrefixOfAValidBody_isA400_neverAnException() throws Exception {
        String eta = "{\"eta\": \"2026-03-20\", \"reason\": \"parts\", \"expectedCurrentEta\": null}";
        String promise = "{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": 4.5}";
        String phrases = "{\"version\": 1, \"statusPhrases\": {\"Blocked\": \"WAITING_FOR_CUSTOMER\"}, \"salesGroups\": []}";
        Map<String, String> valid = Map.of("PUT issue/FO-121/eta", eta, "POST promise-check", promise,
                "POST settings/teams", TEAM, "PUT settings/teams/field-ops", TEAM.replaceFirst("\\{", "{\"version\": 1, "),
                "PUT settings/global", phrases, "PUT issue/NET-102/commitment",
                "{\"date\": \"2026-04-20\", \"customer\": \"Globex\", \"expectedCurrent\": null}");

        for (Map.Entry<String, BiFunction<String, String, Response>> write : writes.entrySet()) {
            String body = valid.get(write.getKey());
            for (int length = 0; length < body.length(); length++) {
                Response response = write.getValue().apply(body.substring(0, length), "nl");

                assertEquals(write.getKey() + " " + body.substring(0, length), 400, response.getStatus());
                assertEquals(write.getKey() + " " + body.substring(0, length), 1, errors(response).size());
            }
        }
    }

    @Test
    public void hoursNoFieldTakes_areNamedAndQuotedAsTyped() throws Exception {
        assertEquals(Map.of("hours", "1e308 is far out of range for this field."), promiseErrors("1e308", null));
        assertEquals(Map.of("hours", "-1E+999999999 is far out of range for this field."), promiseErrors("-1E+999999999", null));
        assertEquals(Map.of("hours", "1e-200 has far more decimals than this field takes."), promiseErrors("1e-200", null));
        assertEquals(Map.of("hours", "1" + "0".repeat(39) + "... is far out of range for this field."),
                promiseErrors("1" + "0".repeat(200_000), null));
        assertEquals(Map.of("hours", "1e308 valt ver buiten het bereik van dit veld."), promiseErrors("1e308", "nl"));
        assertEquals(Map.of("hours", "Hours must be at most 100,000, not 200000."), promiseErrors("200000", null));
        assertEquals(Map.of("hours", "Hours must be 0 or more, not -1.50."), promiseErrors("-1.50", null));
        assertEquals(Map.of("hours", "Hours must be a number, not \"NaN\"."), promiseErrors("\"NaN\"", null));
    }

    @Test
    public void aHugeFocusFactor_isQuotedAsTyped_notAsTheLargestLong() throws Exception {
        assertEquals("The focus factor must be above 0 and at most 1, not 99999999999999999999.",
                teamErrors(TeamForm.FOCUS_FACTOR, "99999999999999999999").get(TeamForm.FOCUS_FACTOR));
        assertEquals("A threshold must be above 0 and at most 10, not 15.50.",
                teamErrors(TeamForm.WARN, "15.50").get(TeamForm.WARN));
        assertEquals("Hours must be at most 100,000, not 123456789012345678901234567890.",
                teamErrors(TeamForm.DEFAULT_ESTIMATE, "123456789012345678901234567890").get(TeamForm.DEFAULT_ESTIMATE));
    }

    @Test
    public void settingsNumbersNoFieldTakes_areNamedBesideTheirFields_allAtOnce() throws Exception {
        String body = TEAM.replace("\"focusFactor\": 0.8", "\"focusFactor\": 1e308")
                .replace("\"warn\": 0.85", "\"warn\": -1e308")
                .replace("\"critical\": 1", "\"critical\": 1e-101")
                .replace("\"weeklyHours\": 40", "\"weeklyHours\": 4e400");

        Response response = teams.create(body, null);

        assertEquals(400, response.getStatus());
        assertEquals(Map.of(TeamForm.MEMBERS, "4e400 is far out of range for this field.",
                TeamForm.FOCUS_FACTOR, "1e308 is far out of range for this field.",
                TeamForm.WARN, "-1e308 is far out of range for this field.",
                TeamForm.CRITICAL, "1e-101 has far more decimals than this field takes."), errors(response));
    }

    @Test
    public void aVersionThatIsNoWholeNumber_isQuotedAsTyped() throws Exception {
        String team = TEAM.replaceFirst("\\{", "{\"version\": %s, ");

        for (String version : List.of("1e308", "2.5", "99999999999999999999", "\"one\"")) {
            Response response = teams.update("field-ops", String.format(team, version), null);

            assertEquals(version, 400, response.getStatus());
            assertEquals("Give the version you read, a whole number such as 3, not " + version + ".",
                    errors(response).get("version"));
        }
        assertEquals("Geef de versie die u las, een geheel getal zoals 3, niet 1e308.", errors(global.update(
                "{\"version\": 1e308, \"statusPhrases\": {}, \"salesGroups\": []}", "nl")).get("version"));
        assertEquals("Give the version you read, a whole number such as 3, not 1e308.",
                errors(teams.delete("field-ops", "1e308", null)).get("version"));
    }

    @Test
    public void aHugeString_isQuotedShortly() throws Exception {
        String huge = "x".repeat(1_000_000);

        Response eta = fixture.issueResource().setEta("FO-121", "{\"eta\": \"" + huge + "\", \"expectedCurrentEta\": null}", null);
        Response members = teams.create(TEAM.replace("\"members\": [", "\"members\": [\"" + huge + "\", "), null);

        assertEquals(400, eta.getStatus());
        assertEquals("\"" + "x".repeat(60) + "...\" is not a date; write it like 2026-03-13.", errors(eta).get("eta"));
        assertEquals("Give each member as an object with a user and weeklyHours, not \"" + "x".repeat(59) + "....",
                errors(members).get(TeamForm.MEMBERS));
        assertTrue(text(members).length() < 1_000);
    }

    @Test
    public void aByteOrderMarkBeforeTheBody_isIgnored() {
        Response response = fixture.promiseResource().check("\uFEFF{\"team\": \"service-desk\", \"date\": \"2026-04-01\"}", null);

        assertEquals(200, response.getStatus());
    }

    private Map<String, Object> promiseErrors(String hours, String language) throws Exception {
        Response response = fixture.promiseResource().check("{\"team\": \"service-desk\", \"date\": \"2026-04-01\", \"hours\": "
                + hours + "}", language);
        assertEquals(400, response.getStatus());
        return errors(response);
    }

    private Map<String, Object> teamErrors(String field, String number) throws Exception {
        Response response = teams.create(TEAM.replace("\"key\": \"field-ops\"", "\"key\": \"night-shift\"")
                .replaceFirst("\"" + field + "\": [^,}]+", "\"" + field + "\": " + number), null);
        assertEquals(400, response.getStatus());
        return errors(response);
    }
}
