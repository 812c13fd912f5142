package io.promisedesk.workload;

import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.util.List;

import static io.promisedesk.fixtures.WorkloadWorld.NETWORK;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static org.junit.Assert.assertEquals;

public class InMemoryWorkItemSourceTest {
    private final WorkloadWorld world = new WorkloadWorld();

    @Test
    public void teamsWork_isTheIssuesItsDirectoryAssignsIt() {
        assertEquals(List.of("OPS-12", "OPS-7", "OPS-9", "OPS-3"), keys(world.work.workOf(PLATFORM)));
        assertEquals(List.of("NET-1"), keys(world.work.workOf(NETWORK)));
    }

    @Test
    public void issueAssignedToAnotherTeam_movesToThatTeamsWork() {
        world.directory.assignIssue(IssueKey.parse("OPS-7"), NETWORK);

        assertEquals(List.of("OPS-12", "OPS-9", "OPS-3"), keys(world.work.workOf(PLATFORM)));
        assertEquals(List.of("OPS-7", "NET-1"), keys(world.work.workOf(NETWORK)));
    }

    @Test
    public void removedIssue_isNoTeamsWork() {
        world.work.remove(IssueKey.parse("NET-1"));

        assertEquals(List.of(), world.work.workOf(NETWORK));
    }

    private static List<String> keys(List<WorkItem> items) {
        return items.stream().map(item -> item.key().toString()).toList();
    }
}
