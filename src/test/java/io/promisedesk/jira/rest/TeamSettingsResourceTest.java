package io.promisedesk.jira.rest;

import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.scenario.Json;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.TeamChange;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamForms;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsListener;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.rest.RestFixture.body;
import static io.promisedesk.jira.rest.RestFixture.errors;
import static io.promisedesk.jira.rest.RestFixture.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class TeamSettingsResourceTest {
    /** {@link TeamForms#valid()} as JSON. */
    static final String VALID = "{\"key\": \"field-ops\", \"name\": \"Field operations\", \"memberGroup\": \"field-technicians\","
            + " \"projects\": [\"FO\", \"NET\"], \"jql\": \"labels = onsite\","
            + " \"members\": [{\"user\": \"alice\", \"weeklyHours\": 40}, {\"user\": \"bob\", \"weeklyHours\": 32.5}],"
            + " \"workingDays\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"],"
            + " \"nonWorkingDates\": [\"2026-12-25\", \"2026-12-26\"], \"absences\": {\"bob\": [\"2026-03-10\", \"2026-03-11\"]},"
            + " \"focusFactor\": 0.8, \"timeZone\": \"Europe/Amsterdam\", \"defaultEstimate\": 6, \"warn\": 0.85, \"critical\": 1}";
    private static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH);
    private static final TeamKey KEY = new TeamKey("field-ops");

    private final InMemoryTeamSettingsStore store = new InMemoryTeamSettingsStore();
    private final List<String> told = new ArrayList<>();
    private final ConfigureTeams configure = configureTeams(store, told);
    private final FakeAccess admin = FakeAccess.technician("ada").asAdministrator();

    private static ConfigureTeams configureTeams(InMemoryTeamSettingsStore store, List<String> told) {
        return new ConfigureTeams(store, TeamForms.NAMES, new TeamSettingsListener() {
            @Override
            public void saved(TeamSettings settings) {
                told.add("saved " + settings.key());
            }

            @Override
            public void deleted(TeamKey key) {
                told.add("deleted " + key);
            }
        });
    }

    private TeamSettingsResource resource(FakeAccess access) {
        return new TeamSettingsResource(access, store, configure);
    }

    private TeamSettingsResource asAdmin() {
        return resource(admin);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> valid() throws Json.SyntaxException {
        return (Map<String, Object>) Json.parse(VALID);
    }

    private static String with(String field, Object value) throws Json.SyntaxException {
        Map<String, Object> json = valid();
        json.put(field, value);
        return Json.write(json);
    }

    private Versioned<TeamSettings> created() {
        assertEquals(201, asAdmin().create(VALID, null).getStatus());
        return store.find(KEY).orElseThrow();
    }

    @Test
    public void create_is201_withTheTeamAtVersionOne_storedAsTheAdminFormStoresIt() throws Exception {
        Response response = asAdmin().create(VALID, null);

        assertEquals(201, response.getStatus());
        assertEquals("settings/teams/field-ops", response.getLocation().toString());
        Map<String, Object> team = body(response);
        assertEquals("field-ops", team.get("key"));
        assertEquals(1, ((Number) team.get("version")).intValue());
        assertEquals(List.of("FO", "NET"), team.get("projects"));
        assertEquals(Map.of("bob", List.of("2026-03-10", "2026-03-11")), team.get("absences"));
        assertEquals(new BigDecimal("32.5"), ((Map<?, ?>) ((List<?>) team.get("members")).get(1)).get("weeklyHours"));
        InMemoryTeamSettingsStore viaForm = new InMemoryTeamSettingsStore();
        configureTeams(viaForm, new ArrayList<>()).create(TeamForms.valid());
        assertEquals(viaForm.find(KEY), store.find(KEY));
        assertEquals(List.of("saved field-ops"), told);
    }

    @Test
    public void whatGetAnswers_isWhatPutTakes_soARoundTripChangesNothingButTheVersion() throws Exception {
        created();
        String read = text(asAdmin().read("field-ops", null));

        Response response = asAdmin().update("field-ops", read, null);

        assertEquals(text(response), 200, response.getStatus());
        assertEquals(2, store.find(KEY).orElseThrow().version());
        assertEquals(read.replace("\"version\":1", "\"version\":2"), text(response));
    }

    @Test
    public void theRefusals_areExactlyTheAdminForms_fieldForFieldAndWordForWord() throws Exception {
        Object[][] cases = {
                {TeamForm.WARN, new BigDecimal("1.5"), "1.5"},
                {TeamForm.WARN, "abc", "abc"},
                {TeamForm.WARN, new BigDecimal("0"), "0"},
                {TeamForm.CRITICAL, new BigDecimal("11"), "11"},
                {TeamForm.FOCUS_FACTOR, new BigDecimal("1.5"), "1.5"},
                {TeamForm.FOCUS_FACTOR, null, ""},
                {TeamForm.MEMBER_GROUP, "nobody", "nobody"},
                {TeamForm.PROJECTS, List.of("FO", "XX"), "FO, XX"},
                {TeamForm.PROJECTS, List.of(), ""},
                {TeamForm.MEMBERS, List.of(Map.of("user", "alice", "weeklyHours", new BigDecimal("81"))), "alice: 81"},
                {TeamForm.MEMBERS, List.of(Map.of("user", "bob", "weeklyHours", new BigDecimal("40")),
                        Map.of("user", "bob", "weeklyHours", new BigDecimal("8"))), "bob: 40\nbob: 8"},
                {TeamForm.MEMBERS, List.of(), ""},
                {TeamForm.ABSENCES, Map.of("carol", List.of("2026-03-10")), "carol: 2026-03-10"},
                {TeamForm.NON_WORKING_DATES, List.of("25/12"), "25/12"},
                {TeamForm.TIME_ZONE, "Mars/Olympus", "Mars/Olympus"},
                {TeamForm.DEFAULT_ESTIMATE, new BigDecimal("0"), "0"},
                {TeamForm.WORKING_DAYS, List.of("FUNDAY"), "FUNDAY"},
                {TeamForm.WORKING_DAYS, List.of(), ""},
                {TeamForm.KEY, "field ops", "field ops"},
                {TeamForm.NAME, "", ""},
        };
        for (Object[] each : cases) {
            String field = (String) each[0];
            Response response = asAdmin().create(with(field, each[1]), null);

            TeamChange form = configureTeams(new InMemoryTeamSettingsStore(), new ArrayList<>())
                    .create(TeamForms.with(field, (String) each[2]));
            Map<String, Object> expected = new LinkedHashMap<>();
            ((TeamChange.Refused) form).errors().byField().forEach((name, message) -> expected.put(name, ENGLISH.render(message)));
            assertEquals(field + " " + each[1], 400, response.getStatus());
            assertEquals(field + " " + each[1], expected, errors(response));
        }
        assertTrue(store.all().isEmpty());
        assertTrue(told.isEmpty());
    }

    @Test
    public void aRefusal_listsEveryWrongField_inTheCallersLanguage() throws Exception {
        Map<String, Object> json = valid();
        json.put(TeamForm.WARN, new BigDecimal("1"));
        json.put(TeamForm.FOCUS_FACTOR, new BigDecimal("2"));

        Map<String, Object> english = errors(asAdmin().create(Json.write(json), "en"));
        Map<String, Object> dutch = errors(asAdmin().create(Json.write(json), "nl"));

        assertEquals(List.of(TeamForm.FOCUS_FACTOR, TeamForm.WARN), List.copyOf(english.keySet()));
        assertFalse(english.get(TeamForm.WARN).equals(dutch.get(TeamForm.WARN)));
        assertEquals(new MessageRenderer(Locale.forLanguageTag("nl")).render(
                Message.of("promisedesk.rest.error.admin")), errors(resource(FakeAccess.technician("tess"))
                .list("nl")).get("user"));
    }

    @Test
    public void membersOfAShapeNoFormHas_are400_beforeTheFormIsChecked() throws Exception {
        assertEquals("Give a list in square brackets here, not \"alice: 40\".",
                errors(asAdmin().create(with(TeamForm.MEMBERS, "alice: 40"), null)).get(TeamForm.MEMBERS));
        assertEquals("Give each member as an object with a user and weeklyHours, not \"alice\".",
                errors(asAdmin().create(with(TeamForm.MEMBERS, List.of("alice")), null)).get(TeamForm.MEMBERS));
        assertEquals("Give an object of names and values here, not [].",
                errors(asAdmin().create(with(TeamForm.ABSENCES, List.of()), null)).get(TeamForm.ABSENCES));
        assertEquals("Give text in quotes here, not 7.",
                errors(asAdmin().create(with(TeamForm.NAME, new BigDecimal(7)), null)).get(TeamForm.NAME));
        assertEquals("Send one JSON object as the request body, not [1].", errors(asAdmin().create("[1]", null)).get("body"));
        assertTrue(store.all().isEmpty());
    }

    @Test
    public void aTakenKey_is400BesideTheKey_asOnTheForm() throws Exception {
        created();

        Response response = asAdmin().create(with(TeamForm.NAME, "Another"), null);

        assertEquals(400, response.getStatus());
        assertEquals("A team with key field-ops exists already; choose another key.", errors(response).get(TeamForm.KEY));
        assertEquals("Field operations", store.find(KEY).orElseThrow().value().team().name());
    }

    @Test
    public void list_givesEveryTeamByKey_withItsVersion() throws Exception {
        created();
        asAdmin().create(with(TeamForm.KEY, "alpha"), null);
        asAdmin().update("alpha", with(TeamForm.KEY, "alpha").replaceFirst("\\{", "{\"version\": 1, "), null);

        List<?> teams = (List<?>) body(asAdmin().list(null)).get("teams");

        assertEquals(2, teams.size());
        assertEquals("alpha", ((Map<?, ?>) teams.get(0)).get("key"));
        assertEquals(2, ((Number) ((Map<?, ?>) teams.get(0)).get("version")).intValue());
        assertEquals("field-ops", ((Map<?, ?>) teams.get(1)).get("key"));
    }

    @Test
    public void update_overAStaleVersion_is409_withTheStoredTeam_andStoresNothing() throws Exception {
        created();
        String first = with(TeamForm.WARN, new BigDecimal("0.7")).replaceFirst("\\{", "{\"version\": 1, ");
        String second = with(TeamForm.WARN, new BigDecimal("0.6")).replaceFirst("\\{", "{\"version\": 1, ");
        assertEquals(200, asAdmin().update("field-ops", first, null).getStatus());

        Response response = asAdmin().update("field-ops", second, null);

        assertEquals(409, response.getStatus());
        assertEquals("Someone else saved team field-ops meanwhile (now version 2). Read it again and send your change"
                + " with that version.", errors(response).get("version"));
        Map<?, ?> current = (Map<?, ?>) body(response).get("current");
        assertEquals(new BigDecimal("0.7"), current.get("warn"));
        assertEquals(2, ((Number) current.get("version")).intValue());
        assertEquals(new BigDecimal("0.7"), store.find(KEY).orElseThrow().value().team().thresholds().warn());
    }

    @Test
    public void update_withoutAVersion_orUnderAnotherKey_is400() throws Exception {
        created();

        Response unversioned = asAdmin().update("field-ops", VALID.replaceFirst("\\{", "{\"version\": \"one\", "), null);
        Response moved = asAdmin().update("field-ops", with(TeamForm.KEY, "other").replaceFirst("\\{", "{\"version\": 1, "), null);

        assertEquals(400, unversioned.getStatus());
        assertEquals("Give the version you read, a whole number such as 3, not \"one\".", errors(unversioned).get("version"));
        assertEquals(400, moved.getStatus());
        assertEquals("The key of team field-ops cannot be changed.", errors(moved).get(TeamForm.KEY));
        assertEquals(1, store.find(KEY).orElseThrow().version());
    }

    @Test
    public void anUnknownTeam_is404_forReadingUpdatingAndDeleting() throws Exception {
        assertEquals(404, asAdmin().read("nobody", null).getStatus());
        assertEquals("There is no Promise Desk team nobody.", errors(asAdmin().read("nobody", null)).get("team"));
        assertEquals(404, asAdmin().update("nobody", VALID.replaceFirst("\\{", "{\"version\": 1, "), null).getStatus());
        assertEquals(404, asAdmin().delete("nobody", "1", null).getStatus());
        assertEquals(404, asAdmin().read(" not a key ", null).getStatus());
    }

    @Test
    public void delete_atTheVersionRead_removesTheTeam_andTellsTheListener() throws Exception {
        created();

        Response response = asAdmin().delete("field-ops", "1", null);

        assertEquals(200, response.getStatus());
        assertEquals(Map.of("deleted", "field-ops", "name", "Field operations"), body(response));
        assertEquals(Optional.empty(), store.find(KEY));
        assertEquals(List.of("saved field-ops", "deleted field-ops"), told);
        assertEquals(404, asAdmin().read("field-ops", null).getStatus());
    }

    @Test
    public void delete_isNeverBlind_aMissingOrStaleVersionDeletesNothing() throws Exception {
        created();
        asAdmin().update("field-ops", VALID.replaceFirst("\\{", "{\"version\": 1, "), null);

        Response missing = asAdmin().delete("field-ops", null, null);
        Response stale = asAdmin().delete("field-ops", "1", null);

        assertEquals(400, missing.getStatus());
        assertEquals("Give the version you read, a whole number such as 3.", errors(missing).get("version"));
        assertEquals(409, stale.getStatus());
        assertEquals(2, ((Number) ((Map<?, ?>) body(stale).get("current")).get("version")).intValue());
        assertTrue(store.find(KEY).isPresent());
    }

    @Test
    public void nobodyLoggedIn_is401_andAnyoneButAnAdministrator403_forEveryMethod() throws Exception {
        created();
        String versioned = VALID.replaceFirst("\\{", "{\"version\": 1, ");
        for (FakeAccess caller : List.of(FakeAccess.anonymous(), FakeAccess.technician("tess"),
                FakeAccess.technician("sam").asSales())) {
            int expected = caller.user().isEmpty() ? 401 : 403;
            TeamSettingsResource resource = resource(caller);
            List<Response> answers = List.of(resource.list(null), resource.read("field-ops", null),
                    resource.create(with(TeamForm.KEY, "new"), null), resource.update("field-ops", versioned, null),
                    resource.delete("field-ops", "1", null), resource.read("nobody", null));
            for (Response answer : answers) {
                assertEquals(expected, answer.getStatus());
                assertFalse(text(answer).contains("field-ops"));
            }
        }
        assertEquals("Only Jira administrators may configure Promise Desk.",
                errors(resource(FakeAccess.technician("tess")).list(null)).get("user"));
        assertEquals("Log in to use Promise Desk.", errors(resource(FakeAccess.anonymous()).list(null)).get("user"));
        assertEquals(1, store.all().size());
        assertEquals(1, store.find(KEY).orElseThrow().version());
    }
}
