package io.promisedesk.jira.rest;

import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.InMemoryGlobalSettingsStore;
import io.promisedesk.settings.TeamForms;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.promisedesk.jira.rest.RestFixture.body;
import static io.promisedesk.jira.rest.RestFixture.errors;
import static org.junit.Assert.assertEquals;

public class GlobalSettingsResourceTest {
    private final InMemoryGlobalSettingsStore store = new InMemoryGlobalSettingsStore();
    private final ConfigureGlobalSettings configure = new ConfigureGlobalSettings(store, TeamForms.NAMES, () -> { });
    private final GlobalSettingsResource admin = resource(FakeAccess.technician("ada").asAdministrator());

    private GlobalSettingsResource resource(FakeAccess access) {
        return new GlobalSettingsResource(access, configure);
    }

    @Test
    public void beforeAnySave_theDefaultsAtVersionOne() throws Exception {
        Response response = admin.read(null);

        assertEquals(200, response.getStatus());
        assertEquals(Map.of("version", java.math.BigDecimal.ONE, "statusPhrases", Map.of(), "salesGroups", List.of(),
                "snapshotWaitMinutes", java.math.BigDecimal.TEN, "statusLinksEnabled", true,
                "statusLinkMaxDays", new java.math.BigDecimal(90), "allowedEmailDomains", List.of()), body(response));
    }

    @Test
    public void aPut_withPolicies_savesThem_andOnesLeftOutStayAsStored() throws Exception {
        Response first = admin.update("{\"version\": 1, \"statusPhrases\": {}, \"salesGroups\": [],"
                + " \"snapshotWaitMinutes\": 30, \"statusLinksEnabled\": false,"
                + " \"allowedEmailDomains\": [\"Example.com\"]}", null);
        Response second = admin.update("{\"version\": 2, \"statusPhrases\": {}, \"salesGroups\": [],"
                + " \"statusLinkMaxDays\": 7}", null);

        assertEquals(200, first.getStatus());
        assertEquals(200, second.getStatus());
        Map<String, Object> stored = body(admin.read(null));
        assertEquals(new java.math.BigDecimal(30), stored.get("snapshotWaitMinutes"));
        assertEquals(false, stored.get("statusLinksEnabled"));
        assertEquals(new java.math.BigDecimal(7), stored.get("statusLinkMaxDays"));
        assertEquals(List.of("example.com"), stored.get("allowedEmailDomains"));
    }

    @Test
    public void aPut_withWrongPolicies_isRefusedEachUnderItsMember_shapesFirst_savingNothing() throws Exception {
        Response shapes = admin.update("{\"version\": 1, \"statusPhrases\": {}, \"salesGroups\": [],"
                + " \"snapshotWaitMinutes\": 0, \"statusLinksEnabled\": \"yes\", \"allowedEmailDomains\": \"example.com\"}",
                null);
        Response values = admin.update("{\"version\": 1, \"statusPhrases\": {}, \"salesGroups\": [],"
                + " \"snapshotWaitMinutes\": 0, \"statusLinkMaxDays\": 1e9, \"allowedEmailDomains\": [\"not a domain\"]}",
                null);

        assertEquals(400, shapes.getStatus());
        assertEquals(Map.of("statusLinksEnabled", "Give true or false here, not \"yes\".",
                "allowedEmailDomains", "Give a list in square brackets here, not \"example.com\"."), errors(shapes));
        assertEquals(400, values.getStatus());
        assertEquals(Map.of("snapshotWaitMinutes", "Enter a whole number of minutes from 1 to 1,440.",
                "statusLinkMaxDays", "Enter a whole number of days from 1 to 365.",
                "allowedEmailDomains", "\"not\" is not a domain name; write domains such as example.com."),
                errors(values));
        assertEquals(java.math.BigDecimal.ONE, body(admin.read(null)).get("version"));
    }

    @Test
    public void aPut_replacesPhrasesAndGroupsAtOnce_andAnswersTheNewVersion() throws Exception {
        Response response = admin.update("{\"version\": 1, \"statusPhrases\": {\"Waiting for parts\": \"WAITING_FOR_CUSTOMER\","
                + " \"In Review\": \"IN_PROGRESS\"}, \"salesGroups\": [\"sales-emea\"]}", null);

        assertEquals(200, response.getStatus());
        Map<String, Object> body = body(response);
        assertEquals(2, ((Number) body.get("version")).intValue());
        assertEquals(Map.of("In Review", "IN_PROGRESS", "Waiting for parts", "WAITING_FOR_CUSTOMER"), body.get("statusPhrases"));
        assertEquals(List.of("sales-emea"), body.get("salesGroups"));
        assertEquals(Set.of("sales-emea"), store.load().value().salesGroups());
        assertEquals(BusinessPhrase.WAITING_FOR_CUSTOMER, store.load().value().phrases().overrides().get("Waiting for parts"));
    }

    @Test
    public void wrongRowsAndAnUnknownGroup_areRefusedTogether_withTheFormsMessages_andNothingIsSaved() throws Exception {
        Response response = admin.update("{\"version\": 1, \"statusPhrases\": {\"Blocked\": \"STUCK\", \"Done\": \"DONE\","
                + " \"done \": \"DONE\"}, \"salesGroups\": [\"sales-emea\", \"sales-mars\"]}", null);

        assertEquals(400, response.getStatus());
        assertEquals(Map.of("statusPhrases.Blocked", "\"STUCK\" is not a phrase; choose one from the list.",
                "statusPhrases.done", "Status done is in the list twice; name each status once.",
                "salesGroups", "Jira has no group \"sales-mars\"."), errors(response));
        assertEquals(1, store.load().version());
    }

    @Test
    public void aStaleVersion_is409_withTheStoredSettings() throws Exception {
        admin.update("{\"version\": 1, \"statusPhrases\": {}, \"salesGroups\": [\"sales-emea\"]}", null);

        Response response = admin.update("{\"version\": 1, \"statusPhrases\": {}, \"salesGroups\": []}", null);

        assertEquals(409, response.getStatus());
        assertEquals("Someone else saved the settings meanwhile (now version 2). Read them again and send your change"
                + " with that version.", errors(response).get("version"));
        assertEquals(List.of("sales-emea"), ((Map<?, ?>) body(response).get("current")).get("salesGroups"));
        assertEquals(Set.of("sales-emea"), store.load().value().salesGroups());
    }

    @Test
    public void everyMemberIsRequired_andOfItsShape() throws Exception {
        Map<String, Object> missing = errors(admin.update("{}", null));
        Map<String, Object> misshapen = errors(admin.update(
                "{\"version\": 0, \"statusPhrases\": [], \"salesGroups\": \"sales-emea\"}", "nl"));

        assertEquals(Map.of("version", "Give the version you read, a whole number such as 3.",
                "statusPhrases", "This field is required.", "salesGroups", "This field is required."), missing);
        assertEquals(Map.of("version", "Geef de versie die u las, een geheel getal zoals 3, niet 0.",
                "statusPhrases", "Geef hier een object met namen en waarden, niet [].",
                "salesGroups", "Geef hier een lijst tussen vierkante haken, niet \"sales-emea\"."), misshapen);
        assertEquals(400, admin.update("not json", null).getStatus());
        assertEquals(1, store.load().version());
    }

    @Test
    public void nobodyLoggedIn_is401_andAnyoneButAnAdministrator403() throws Exception {
        String valid = "{\"version\": 1, \"statusPhrases\": {}, \"salesGroups\": [\"sales-emea\"]}";
        for (FakeAccess caller : List.of(FakeAccess.anonymous(), FakeAccess.technician("tess"),
                FakeAccess.technician("sam").asSales())) {
            int expected = caller.user().isEmpty() ? 401 : 403;
            assertEquals(expected, resource(caller).read(null).getStatus());
            assertEquals(expected, resource(caller).update(valid, null).getStatus());
        }
        assertEquals(1, store.load().version());
    }
}
