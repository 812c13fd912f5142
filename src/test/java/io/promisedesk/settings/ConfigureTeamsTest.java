package io.promisedesk.settings;

import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.team.TeamKey;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.promisedesk.settings.TeamForms.NAMES;
import static io.promisedesk.settings.TeamForms.valid;
import static io.promisedesk.settings.TeamForms.with;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ConfigureTeamsTest {
    private static final TeamKey KEY = new TeamKey("field-ops");

    private final InMemoryTeamSettingsStore store = new InMemoryTeamSettingsStore();
    private final List<String> told = new ArrayList<>();
    private final ConfigureTeams teams = new ConfigureTeams(store, NAMES, new TeamSettingsListener() {
        @Override
        public void saved(TeamSettings settings) {
            told.add("saved " + settings.key() + " " + settings.team().thresholds().warn());
        }

        @Override
        public void deleted(TeamKey key) {
            told.add("deleted " + key);
        }
    });

    private Versioned<TeamSettings> created() {
        TeamChange change = teams.create(valid());
        assertTrue(change.toString(), change instanceof TeamChange.Saved);
        return ((TeamChange.Saved) change).stored();
    }

    private static TeamForm edited(Versioned<TeamSettings> read, String warn) {
        TeamForm form = TeamForm.of(read);
        return new TeamForm(form.key(), form.name(), form.memberGroup(), form.projects(), form.jql(), form.members(),
                form.workingDays(), form.nonWorkingDates(), form.absences(), form.focusFactor(), form.timeZone(),
                form.defaultEstimate(), warn, form.critical(), form.version());
    }

    @Test
    public void create_storesVersionOne_andTellsTheListener() {
        Versioned<TeamSettings> stored = created();

        assertEquals(1, stored.version());
        assertEquals(Optional.of(stored), store.find(KEY));
        assertEquals(List.of("saved field-ops 0.85"), told);
    }

    @Test
    public void create_withATakenKey_isRefusedBesideTheKey_andKeepsTheFirst() {
        Versioned<TeamSettings> first = created();

        TeamChange change = teams.create(with(TeamForm.NAME, "Another team"));

        assertEquals(new TeamChange.Refused(new FormErrors(java.util.Map.of(TeamForm.KEY,
                Message.of("promisedesk.admin.error.key.taken", "field-ops")))), change);
        assertEquals(Optional.of(first), store.find(KEY));
        assertEquals(1, told.size());
    }

    @Test
    public void invalidForm_storesNothing_andTellsNobody() {
        TeamChange change = teams.create(with(TeamForm.WARN, "1.5"));

        assertTrue(change instanceof TeamChange.Refused);
        assertEquals(List.of(), store.all());
        assertEquals(List.of(), told);
    }

    @Test
    public void invalidUpdate_leavesTheStoredTeamWhole() {
        Versioned<TeamSettings> stored = created();
        TeamForm form = edited(stored, "0.7");
        TeamForm broken = new TeamForm(form.key(), form.name(), form.memberGroup(), form.projects(), form.jql(),
                "alice: 90", form.workingDays(), form.nonWorkingDates(), "", form.focusFactor(), form.timeZone(),
                form.defaultEstimate(), form.warn(), form.critical(), form.version());

        assertTrue(teams.update(KEY, broken) instanceof TeamChange.Refused);
        assertEquals(Optional.of(stored), store.find(KEY));
    }

    @Test
    public void update_overTheVersionRead_bumpsIt() {
        Versioned<TeamSettings> stored = created();

        TeamChange change = teams.update(KEY, edited(stored, "0.7"));

        Versioned<TeamSettings> updated = ((TeamChange.Saved) change).stored();
        assertEquals(2, updated.version());
        assertEquals("0.7", updated.value().team().thresholds().warn().toPlainString());
        assertEquals("saved field-ops 0.7", told.get(told.size() - 1));
    }

    @Test
    public void secondWriterOfTheSameVersion_getsAConflictShowingTheNewerValues_andLosesNothing() {
        Versioned<TeamSettings> read = created();
        TeamForm first = edited(read, "0.6");
        TeamForm second = edited(read, "0.9");

        assertTrue(teams.update(KEY, first) instanceof TeamChange.Saved);
        TeamChange conflict = teams.update(KEY, second);

        Versioned<TeamSettings> current = ((TeamChange.Conflict) conflict).current();
        assertEquals(2, current.version());
        assertEquals("0.6", current.value().team().thresholds().warn().toPlainString());
        assertEquals(current, store.find(KEY).orElseThrow());
        // Seen the newer values, the second writer saves deliberately over them.
        TeamChange again = teams.update(KEY, second.withVersion(current.version()));
        assertEquals("0.9", ((TeamChange.Saved) again).stored().value().team().thresholds().warn().toPlainString());
    }

    @Test
    public void concurrentWritersOfOneVersion_exactlyOneWins() throws Exception {
        Versioned<TeamSettings> read = created();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TeamChange>> outcomes = new ArrayList<>();
        try {
            for (int writer = 0; writer < writers; writer++) {
                TeamForm form = edited(read, "0." + (writer + 1));
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return teams.update(KEY, form);
                }));
            }
            start.countDown();
            int saved = 0;
            for (Future<TeamChange> outcome : outcomes) {
                TeamChange change = outcome.get(10, TimeUnit.SECONDS);
                saved += change instanceof TeamChange.Saved ? 1 : 0;
                assertTrue(change.toString(), change instanceof TeamChange.Saved || change instanceof TeamChange.Conflict);
            }
            assertEquals(1, saved);
            assertEquals(2, store.find(KEY).orElseThrow().version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void update_ofAnotherKeyOrWithoutAVersion_isRefused_andOfADeletedTeamIsMissing() {
        Versioned<TeamSettings> read = created();
        MessageRenderer english = new MessageRenderer(Locale.ENGLISH);

        TeamChange otherKey = teams.update(new TeamKey("other"), edited(read, "0.7"));
        TeamForm form = edited(read, "0.7");
        TeamChange noVersion = teams.update(KEY, new TeamForm(form.key(), form.name(), form.memberGroup(),
                form.projects(), form.jql(), form.members(), form.workingDays(), form.nonWorkingDates(),
                form.absences(), form.focusFactor(), form.timeZone(), form.defaultEstimate(), form.warn(),
                form.critical(), "tampered"));

        assertEquals("The key of team other cannot be changed.",
                english.render(((TeamChange.Refused) otherKey).errors().byField().get(TeamForm.KEY)));
        assertEquals(Set.of(FormErrors.FORM), ((TeamChange.Refused) noVersion).errors().byField().keySet());
        assertTrue(teams.delete(KEY, 1, true) instanceof TeamChange.Deleted);
        assertEquals(new TeamChange.Missing(), teams.update(KEY, edited(read, "0.7")));
    }

    @Test
    public void delete_needsConfirmationAndTheVersionRead() {
        Versioned<TeamSettings> read = created();

        assertEquals(new TeamChange.Unconfirmed(), teams.delete(KEY, 1, false));
        assertTrue(store.find(KEY).isPresent());
        teams.update(KEY, edited(read, "0.7"));
        assertTrue(teams.delete(KEY, 1, true) instanceof TeamChange.Conflict);
        assertTrue(store.find(KEY).isPresent());

        TeamChange deleted = teams.delete(KEY, 2, true);

        assertEquals("0.7", ((TeamChange.Deleted) deleted).deleted().team().thresholds().warn().toPlainString());
        assertEquals(Optional.empty(), store.find(KEY));
        assertEquals("deleted field-ops", told.get(told.size() - 1));
        assertEquals(new TeamChange.Missing(), teams.delete(KEY, 2, true));
    }
}
