package io.promisedesk.jira.store;

import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.TeamSettingsStoreContract;
import io.promisedesk.settings.Versioned;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.EtaRequestBuilder.anEtaRequest;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * The Active Objects team store keeps the store contract; a write is all or nothing, a concurrent save is a conflict,
 * and deleting a team leaves issue data alone.
 */
public class AoTeamSettingsStoreTest extends TeamSettingsStoreContract {
    private final FakeActiveObjects ao = new FakeActiveObjects();

    @Override
    protected TeamSettingsStore newStore() {
        return new AoTeamSettingsStore(ao.jira());
    }

    @Test
    public void aFailureHalfwayThroughAnUpdate_leavesTheTeamAsItWas() {
        store.create(platform());
        ao.failNextCreateOf(TeamMemberEntity.class);

        assertThrows(FakeActiveObjects.FakeSqlException.class, () -> store.update(renamed(platform(), "Half"), 1));

        assertEquals(Optional.of(new Versioned<>(platform(), 1)), store.find(PLATFORM));
    }

    @Test
    public void aFailureHalfwayThroughACreate_storesNothing() {
        ao.failNextCreateOf(TeamProjectEntity.class);

        assertThrows(FakeActiveObjects.FakeSqlException.class, () -> store.create(platform()));

        assertEquals(List.of(), store.all());
        assertEquals(List.of(), ao.rows(TeamMemberEntity.class));
    }

    @Test
    public void anotherNodeSavingBetweenReadAndWrite_isAConflictWithTheirSave() {
        store.create(network());
        ao.interruptNextWriteTo(TeamEntity.class, () -> {
            ao.committedDelete(TeamEntity.class, TeamEntity.TEAM_KEY, "network");
            ao.committedInsert(TeamEntity.class, Map.of(TeamEntity.TEAM_KEY, "network",
                    TeamEntity.SETTINGS_VERSION, 2L, TeamEntity.TEAM_NAME, "Their network", TeamEntity.ZONE_ID, "Z",
                    TeamEntity.WORKING_DAYS, "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
                    TeamEntity.FOCUS_MILLI, 1000L, TeamEntity.WARN_MILLI, 850L, TeamEntity.CRITICAL_MILLI, 1000L,
                    TeamEntity.DEFAULT_ESTIMATE_MILLI, 8000L));
        });

        StoreOutcome<TeamSettings> outcome = store.update(renamed(network(), "Mine"), 1);

        Versioned<TeamSettings> theirs = store.find(network().key()).orElseThrow();
        assertEquals(new StoreOutcome.Conflict<>(theirs), outcome);
        assertEquals("Their network", theirs.value().team().name());
    }

    @Test
    public void anotherNodeCreatingTheSameTeamFirst_isAConflictWithTheirs() {
        ao.interruptNextWriteTo(TeamEntity.class, () -> {
            ao.committedInsert(TeamEntity.class, Map.of(TeamEntity.TEAM_KEY, "network",
                    TeamEntity.SETTINGS_VERSION, 1L, TeamEntity.TEAM_NAME, "Their network", TeamEntity.ZONE_ID, "Z",
                    TeamEntity.WORKING_DAYS, "MONDAY", TeamEntity.FOCUS_MILLI, 1000L, TeamEntity.WARN_MILLI, 850L,
                    TeamEntity.CRITICAL_MILLI, 1000L, TeamEntity.DEFAULT_ESTIMATE_MILLI, 8000L));
            ao.committedInsert(TeamMemberEntity.class, Map.of(TeamMemberEntity.TEAM_KEY, "network",
                    TeamMemberEntity.LIST_POSITION, 0, TeamMemberEntity.USER_NAME, "olaf",
                    TeamMemberEntity.WEEKLY_MILLI, 20000L));
        });

        StoreOutcome<TeamSettings> outcome = store.create(network());

        assertEquals(new StoreOutcome.Conflict<>(store.find(network().key()).orElseThrow()), outcome);
        assertEquals("olaf", store.find(network().key()).orElseThrow().value().team().members().get(0).user());
    }

    @Test
    public void deletingATeam_leavesItsIssuesEtaHistoryAndRequests() {
        AoEtaHistoryStore etas = new AoEtaHistoryStore(ao.jira());
        AoEtaRequestStore requests = new AoEtaRequestStore(ao.jira());
        etas.save(anEtaChange().to("2025-03-10").build());
        requests.replace(Optional.empty(), anEtaRequest("OPS-1").build());
        store.create(platform());

        store.delete(PLATFORM, 1);

        assertEquals(1, ao.rows(EtaChangeEntity.class).size());
        assertEquals(1, ao.rows(EtaRequestEntity.class).size());
        assertEquals(1, ao.rows(EtaRequestAskEntity.class).size());
        for (Class<?> teamRows : List.of(TeamEntity.class, TeamMemberEntity.class, TeamAbsenceEntity.class,
                TeamDayOffEntity.class, TeamProjectEntity.class)) {
            assertEquals(teamRows.getSimpleName(), List.of(), ao.rows(teamRows));
        }
    }

    @Test
    public void eachCall_isOneTransaction() {
        store.create(platform());
        store.update(renamed(platform(), "Platform"), 1);
        store.find(PLATFORM);
        store.delete(PLATFORM, 2);

        assertEquals(4, ao.transactions());
    }
}
