package io.promisedesk.team;

import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static org.junit.Assert.assertEquals;

public class InMemoryTeamDirectoryTest {
    private static final Team PLATFORM = aTeam().key("platform").withMember("anna", 40).build();
    private static final Team NETWORK = aTeam().key("network").withMember("carla", 40).build();

    private final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();

    @Test
    public void issue_belongsToTheTeamOfItsProject() {
        directory.put(PLATFORM);
        directory.assignProject("OPS", PLATFORM.key());

        assertEquals(Optional.of(PLATFORM.key()), directory.teamOf(IssueKey.parse("OPS-1")));
    }

    @Test
    public void issueAssignedOnItsOwn_belongsToThatTeamWhateverItsProject() {
        directory.put(PLATFORM);
        directory.put(NETWORK);
        directory.assignProject("OPS", PLATFORM.key());

        directory.assignIssue(IssueKey.parse("OPS-2"), NETWORK.key());

        assertEquals(Optional.of(NETWORK.key()), directory.teamOf(IssueKey.parse("OPS-2")));
        assertEquals(Optional.of(PLATFORM.key()), directory.teamOf(IssueKey.parse("OPS-1")));
    }

    @Test
    public void issueOfAnUnassignedProject_belongsToNoTeam() {
        directory.put(PLATFORM);

        assertEquals(Optional.empty(), directory.teamOf(IssueKey.parse("HR-1")));
    }

    @Test
    public void issueOfARemovedTeam_belongsToNoTeam() {
        directory.put(PLATFORM);
        directory.assignProject("OPS", PLATFORM.key());

        directory.remove(PLATFORM.key());

        assertEquals(Optional.empty(), directory.teamOf(IssueKey.parse("OPS-1")));
        assertEquals(Optional.empty(), directory.team(PLATFORM.key()));
    }

    @Test
    public void puttingATeamAgain_replacesItsSettings() {
        directory.put(PLATFORM);
        Team larger = aTeam().key("platform").withMember("anna", 40).withMember("bram", 32).build();

        directory.put(larger);

        assertEquals(Optional.of(larger), directory.team(PLATFORM.key()));
        assertEquals(List.of(larger), directory.teams());
    }
}
