package io.promisedesk.settings;

import io.promisedesk.team.TeamKey;
import org.junit.Before;
import org.junit.Test;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static org.junit.Assert.assertEquals;

/**
 * What every {@link TeamSettingsStore} does, whatever keeps the teams: run against each implementation (an in-memory
 * one can extend this class as the Active Objects store's test does).
 */
public abstract class TeamSettingsStoreContract {
    protected static final TeamKey PLATFORM = new TeamKey("platform");

    protected TeamSettingsStore store;

    protected abstract TeamSettingsStore newStore();

    @Before
    public void createStore() {
        store = newStore();
    }

    /** A team with every setting away from its default, so that a round trip that drops one shows. */
    protected static TeamSettings platform() {
        return new TeamSettings(aTeam().key("platform").name("Platform & Tools").zone("Europe/Amsterdam")
                .workingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
                .nonWorking("2025-04-21", "2025-12-25").focus(0.7).thresholds(0.8, 1.2).defaultEstimate(6.5)
                .withMember("zoe", 32.5, "2025-03-10", "2025-03-11").withMember("anna", 40).withMember("bob", 0)
                .build(),
                new TeamScope(Optional.of("platform-devs"), Set.of("OPS", "INFRA"),
                        Optional.of("component = \"Platform\" AND labels != noplan")));
    }

    protected static TeamSettings network() {
        return new TeamSettings(aTeam().key("network").withMember("nina", 40).build(),
                new TeamScope(Optional.empty(), Set.of(), Optional.empty()));
    }

    protected static TeamSettings renamed(TeamSettings settings, String name) {
        return new TeamSettings(aTeam().key(settings.key().value()).name(name).withMember("anna", 40).build(),
                settings.scope());
    }

    @Test
    public void nothingConfigured_nothingFound() {
        assertEquals(List.of(), store.all());
        assertEquals(Optional.empty(), store.find(PLATFORM));
    }

    @Test
    public void createdTeam_isFoundAtVersionOneWithEverySetting() {
        StoreOutcome<TeamSettings> outcome = store.create(platform());

        assertEquals(new StoreOutcome.Done<>(new Versioned<>(platform(), 1)), outcome);
        assertEquals(Optional.of(new Versioned<>(platform(), 1)), store.find(PLATFORM));
    }

    @Test
    public void teamWithoutGroupProjectsOrFilter_isKeptSo() {
        store.create(network());

        assertEquals(Optional.of(new Versioned<>(network(), 1)), store.find(new TeamKey("network")));
    }

    @Test
    public void creatingATeamWhoseKeyIsTaken_isAConflictWithTheStoredTeam() {
        store.create(platform());

        StoreOutcome<TeamSettings> outcome = store.create(renamed(platform(), "Someone else's"));

        assertEquals(new StoreOutcome.Conflict<>(new Versioned<>(platform(), 1)), outcome);
        assertEquals(Optional.of(new Versioned<>(platform(), 1)), store.find(PLATFORM));
    }

    @Test
    public void updateOfTheVersionRead_isSavedAsTheNextVersion() {
        store.create(platform());

        StoreOutcome<TeamSettings> outcome = store.update(renamed(platform(), "Platform"), 1);

        assertEquals(new StoreOutcome.Done<>(new Versioned<>(renamed(platform(), "Platform"), 2)), outcome);
        assertEquals(Optional.of(new Versioned<>(renamed(platform(), "Platform"), 2)), store.find(PLATFORM));
    }

    @Test
    public void secondAdminSavingTheVersionBothRead_getsAConflictWithTheFirstOnesSave_andNothingIsLost() {
        store.create(platform());
        store.update(renamed(platform(), "First"), 1);

        StoreOutcome<TeamSettings> outcome = store.update(renamed(platform(), "Second"), 1);

        assertEquals(new StoreOutcome.Conflict<>(new Versioned<>(renamed(platform(), "First"), 2)), outcome);
        assertEquals(Optional.of(new Versioned<>(renamed(platform(), "First"), 2)), store.find(PLATFORM));
    }

    @Test
    public void updateOfATeamThatIsGone_isMissing() {
        assertEquals(new StoreOutcome.Missing<>(), store.update(platform(), 1));
        assertEquals(Optional.empty(), store.find(PLATFORM));
    }

    @Test
    public void deleteOfTheVersionRead_removesTheTeamAndReportsIt_leavingOtherTeams() {
        store.create(platform());
        store.create(network());

        StoreOutcome<TeamSettings> outcome = store.delete(PLATFORM, 1);

        assertEquals(new StoreOutcome.Done<>(new Versioned<>(platform(), 1)), outcome);
        assertEquals(Optional.empty(), store.find(PLATFORM));
        assertEquals(List.of(new Versioned<>(network(), 1)), store.all());
    }

    @Test
    public void deleteOfAnOlderVersion_isAConflict_andTheTeamStays() {
        store.create(platform());
        store.update(renamed(platform(), "Platform"), 1);

        StoreOutcome<TeamSettings> outcome = store.delete(PLATFORM, 1);

        assertEquals(new StoreOutcome.Conflict<>(new Versioned<>(renamed(platform(), "Platform"), 2)), outcome);
        assertEquals(2, store.find(PLATFORM).orElseThrow().version());
    }

    @Test
    public void deleteOfATeamThatIsGone_isMissing() {
        assertEquals(new StoreOutcome.Missing<>(), store.delete(PLATFORM, 1));
    }

    @Test
    public void deletedTeam_canBeCreatedAfresh() {
        store.create(platform());
        store.delete(PLATFORM, 1);

        StoreOutcome<TeamSettings> outcome = store.create(renamed(platform(), "Platform again"));

        assertEquals(new StoreOutcome.Done<>(new Versioned<>(renamed(platform(), "Platform again"), 1)), outcome);
    }

    @Test
    public void all_listsEveryTeamWithItsVersion() {
        store.create(platform());
        store.create(network());
        store.update(renamed(platform(), "Platform"), 1);

        List<Versioned<TeamSettings>> all = store.all();

        assertEquals(Set.of(new Versioned<>(renamed(platform(), "Platform"), 2), new Versioned<>(network(), 1)),
                Set.copyOf(all));
        assertEquals(2, all.size());
    }
}
