package io.promisedesk.workload;

import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.OvercommitOutcome.Committed;
import io.promisedesk.workload.OvercommitOutcome.NoTeam;
import io.promisedesk.workload.OvercommitOutcome.Uncommitted;
import org.junit.Test;

import java.util.List;
import java.util.function.Predicate;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.fixtures.WorkloadWorld.NETWORK;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

public class CheckOvercommitTest {
    private final WorkloadWorld world = new WorkloadWorld();
    private static final Predicate<IssueKey> EVERYONE = issue -> true;

    private final CheckOvercommit checkOvercommit = new CheckOvercommit(world.directory, world.snapshots);

    @Test
    public void committedIssue_showsItsRiskOnTheTeamsSnapshot() {
        OvercommitOutcome outcome = checkOvercommit.check(IssueKey.parse("OPS-9"), 2, EVERYONE);

        TeamAssessment platform = world.snapshots.current(PLATFORM).orElseThrow();
        assertEquals(new Committed(platform.riskOf(IssueKey.parse("OPS-9"), 2).orElseThrow()), outcome);
        CommitmentRisk risk = ((Committed) outcome).risk();
        assertEquals(Level.OVERCOMMITTED, risk.verdict().level());
        assertEquals(List.of(IssueKey.parse("OPS-7"), IssueKey.parse("OPS-9")),
                risk.largestContributors().stream().map(verdict -> verdict.item().key()).toList());
    }

    @Test
    public void uncommittedIssueOfATeam_showsTheTeamsCurrentLoad() {
        world.work.put(anIssue("OPS-20").remaining(4).build());

        OvercommitOutcome outcome = checkOvercommit.check(IssueKey.parse("OPS-20"), 3, EVERYONE);

        assertSame(world.snapshots.current(PLATFORM).orElseThrow(), ((Uncommitted) outcome).team().whole());
    }

    @Test
    public void resolvedIssueWithACommitment_showsTheTeamsCurrentLoad() {
        OvercommitOutcome outcome = checkOvercommit.check(IssueKey.parse("OPS-3"), 3, EVERYONE);

        assertSame(world.snapshots.current(PLATFORM).orElseThrow(), ((Uncommitted) outcome).team().whole());
    }

    @Test
    public void issueOfNoConfiguredTeam_showsNoTeam() {
        OvercommitOutcome outcome = checkOvercommit.check(IssueKey.parse("HR-1"), 3, EVERYONE);

        assertEquals(new NoTeam(), outcome);
    }

    @Test
    public void issueOfARemovedTeam_showsNoTeamAndReadsNoWork() {
        world.directory.remove(NETWORK);

        OvercommitOutcome outcome = checkOvercommit.check(IssueKey.parse("NET-1"), 3, EVERYONE);

        assertEquals(new NoTeam(), outcome);
        assertEquals(0, world.reads.readsOf(NETWORK));
    }

    @Test
    public void panelsOfOneTeam_readItsWorkOnce() {
        checkOvercommit.check(IssueKey.parse("OPS-7"), 3, EVERYONE);
        checkOvercommit.check(IssueKey.parse("OPS-12"), 3, EVERYONE);
        checkOvercommit.check(IssueKey.parse("OPS-3"), 3, EVERYONE);

        assertEquals(1, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void negativeContributorLimit_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> checkOvercommit.check(IssueKey.parse("OPS-7"), -1, EVERYONE));

        assertEquals("contributorLimit must be >= 0, was -1", error.getMessage());
    }
}
