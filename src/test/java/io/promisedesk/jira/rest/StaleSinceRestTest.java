package io.promisedesk.jira.rest;

import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.InformedOfIssue;

import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.StaleFigures;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.TeamSnapshots;
import org.junit.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.promisedesk.jira.rest.RestFixture.body;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The REST answers with team figures say since when the figures are known to miss a change ({@code staleSince}). */
public class StaleSinceRestTest {
    private final WorkloadWorld world = new WorkloadWorld();
    private final FakeAccess reader = FakeAccess.technician("tina", "OPS-12").browses("OPS-12", "OPS-7", "OPS-9");

    private IssueResource issues(TeamSnapshots snapshots) {
        return new IssueResource(reader, world.directory, new CheckOvercommit(world.directory, snapshots),
                new UpdateEta(new InMemoryEtaHistoryStore(), world.clock), snapshots,
                new InformedOfIssue(new InMemoryCommitmentStore()));
    }

    @Test
    public void teamAssessment_saysSinceWhenItsFiguresMissAChange_andNullWhenUpToDate() throws Exception {
        Map<String, Object> fresh = body(new TeamAssessmentResource(reader, world.snapshots).assessment("platform", null));
        String since = world.clock.instant().toString();
        Map<String, Object> stale = body(new TeamAssessmentResource(reader,
                StaleFigures.of(world, Duration.ofMinutes(5))).assessment("platform", null));

        assertTrue(fresh.containsKey("staleSince"));
        assertNull(fresh.get("staleSince"));
        assertEquals(since, stale.get("staleSince"));
        // Only the figures are written anew: the verdicts the reader may browse are all there.
        assertEquals(((List<?>) fresh.get("issues")).size(), ((List<?>) stale.get("issues")).size());
    }

    @Test
    public void issueAssessment_saysSinceWhenItsTeamsFiguresMissAChange() throws Exception {
        Map<String, Object> fresh = body(issues(world.snapshots).assessment("OPS-12", null));
        String since = world.clock.instant().toString();
        Map<String, Object> stale = body(issues(StaleFigures.of(world, Duration.ofMinutes(5))).assessment("OPS-12", null));

        assertEquals("committed", stale.get("state"));
        assertNull(fresh.get("staleSince"));
        assertTrue(fresh.containsKey("staleSince"));
        assertEquals(since, stale.get("staleSince"));
    }
}
