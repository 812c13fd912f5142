package io.promisedesk.settings;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The directory answers from the stored settings as they are now: teams by key, issues by their project. */
public class StoredTeamDirectoryTest {
    private final InMemoryTeamSettingsStore store = new InMemoryTeamSettingsStore();
    private final StoredTeamDirectory directory = new StoredTeamDirectory(store);

    @Test
    public void nothingStored_noTeams_andNoIssueHasATeam() {
        assertEquals(List.of(), directory.teams());
        assertEquals(Optional.empty(), directory.team(new TeamKey("platform")));
        assertEquals(Optional.empty(), directory.teamOf(IssueKey.parse("OPS-1")));
    }

    @Test
    public void storedTeams_areTheDirectorysTeams() {
        store.create(settings("platform", Set.of("OPS"), Optional.empty()));
        store.create(settings("network", Set.of("NET"), Optional.empty()));

        assertEquals("platform team", directory.team(new TeamKey("platform")).orElseThrow().name());
        assertEquals(Set.of("platform", "network"),
                Set.copyOf(directory.teams().stream().map(team -> team.key().value()).toList()));
    }

    @Test
    public void anIssue_belongsToTheTeamWhoseProjectsContainItsProject() {
        store.create(settings("platform", Set.of("OPS", "INFRA"), Optional.empty()));
        store.create(settings("network", Set.of("NET"), Optional.empty()));

        assertEquals(Optional.of(new TeamKey("platform")), directory.teamOf(IssueKey.parse("INFRA-12")));
        assertEquals(Optional.of(new TeamKey("network")), directory.teamOf(IssueKey.parse("NET-3")));
        assertEquals("a project no team names", Optional.empty(), directory.teamOf(IssueKey.parse("HR-1")));
        assertEquals("OPSX is not OPS", Optional.empty(), directory.teamOf(IssueKey.parse("OPSX-1")));
    }

    @Test
    public void theTeamsJql_doesNotNarrowTheAnswer_andSharedProjectsGoToTheFirstTeamByKey() {
        store.create(settings("support", Set.of("OPS"), Optional.of("component = Support")));
        store.create(settings("platform", Set.of("OPS"), Optional.of("component = Platform")));

        assertEquals(Optional.of(new TeamKey("platform")), directory.teamOf(IssueKey.parse("OPS-1")));
        assertEquals(List.of(new TeamKey("platform"), new TeamKey("support")),
                directory.teamsClaiming(IssueKey.parse("OPS-1")));
    }

    @Test
    public void anAdminsChange_appliesAtOnce() {
        store.create(settings("platform", Set.of("OPS"), Optional.empty()));
        assertEquals(Optional.of(new TeamKey("platform")), directory.teamOf(IssueKey.parse("OPS-1")));

        store.delete(new TeamKey("platform"), 1);

        assertEquals(Optional.empty(), directory.teamOf(IssueKey.parse("OPS-1")));
        assertEquals(Optional.empty(), directory.team(new TeamKey("platform")));
    }

    @Test
    public void noStore_noKey_noIssue_areRefused() {
        assertThrows(RuntimeException.class, () -> new StoredTeamDirectory(null));
        assertThrows(RuntimeException.class, () -> directory.team(null));
        assertThrows(RuntimeException.class, () -> directory.teamOf(null));
    }

    private static TeamSettings settings(String key, Set<String> projects, Optional<String> jql) {
        return new TeamSettings(aTeam().key(key).withMember("anna", 40).build(),
                new TeamScope(Optional.empty(), projects, jql));
    }
}
