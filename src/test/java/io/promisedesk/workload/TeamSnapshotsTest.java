package io.promisedesk.workload;

import io.promisedesk.common.Hours;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.aResolvedIssue;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.fixtures.WorkloadWorld.NETWORK;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

/** A team's snapshot on one node: searched once, then patched issue by issue, searched again only where needed. */
public class TeamSnapshotsTest {
    private static final IssueKey OPS_7 = IssueKey.parse("OPS-7");

    private final WorkloadWorld world = new WorkloadWorld();
    private final TeamSnapshots snapshots = world.snapshots;

    @Test
    public void firstRequest_assessesTheTeamsWorkOnItsToday() {
        TeamAssessment platform = snapshots.current(PLATFORM).orElseThrow();

        assertEquals(LocalDate.parse("2026-03-02"), platform.today());
        assertEquals(Level.OVERCOMMITTED, platform.level());
        assertEquals(List.of("OPS-7", "OPS-9", "OPS-12"), keysOf(platform));
    }

    @Test
    public void secondRequestOnTheSameDay_isServedFromTheCacheWithoutReadingTheWork() {
        TeamAssessment first = snapshots.current(PLATFORM).orElseThrow();

        TeamAssessment second = snapshots.current(PLATFORM).orElseThrow();

        assertSame(first, second);
        assertEquals(1, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void resolvedIssue_isPatchedOutOfItsTeam_withOneLookup_andNoSearch() {
        snapshots.current(PLATFORM);
        world.work.put(aResolvedIssue("OPS-7").remaining(0).committedTo("2026-03-06", "Globex").build());

        snapshots.issueChanged(OPS_7, Optional.empty());

        assertEquals(List.of("OPS-9", "OPS-12"), keysOf(snapshots.current(PLATFORM).orElseThrow()));
        assertEquals(1, world.reads.readsOf(PLATFORM));
        assertEquals(1, world.reads.lookups());
    }

    @Test
    public void editedIssue_replacesItsItem_andTheTeamIsAssessedAgainFromThePatchedItems() {
        TeamAssessment before = snapshots.current(PLATFORM).orElseThrow();
        WorkItem edited = anIssue("OPS-7").remaining(2).committedTo("2026-03-06", "Globex").build();
        world.work.put(edited);

        snapshots.issueChanged(OPS_7, Optional.empty());

        TeamAssessment after = snapshots.current(PLATFORM).orElseThrow();
        assertEquals(edited, after.verdictFor(OPS_7).orElseThrow().item());
        assertEquals(Level.OVERCOMMITTED, before.level());
        assertEquals(TeamAssessment.assess(world.directory.team(PLATFORM).orElseThrow(),
                world.work.workOf(PLATFORM), before.today()).level(), after.level());
        assertEquals(1, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void createdIssue_isPatchedIntoItsTeam() {
        snapshots.current(PLATFORM);
        world.work.put(anIssue("OPS-20").remaining(4).committedTo("2026-03-27", "ACME").build());

        snapshots.issueChanged(IssueKey.parse("OPS-20"), Optional.empty());

        assertEquals(List.of("OPS-7", "OPS-9", "OPS-12", "OPS-20"), keysOf(snapshots.current(PLATFORM).orElseThrow()));
        assertEquals(1, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void aLookupThatFails_leavesTheChangeToASearch_withoutFailingTheEvent() {
        WorkItemSource failingLookups = new WorkItemSource() {
            @Override
            public List<WorkItem> workOf(TeamKey team) {
                return world.reads.workOf(team);
            }

            @Override
            public Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue) {
                throw new IllegalStateException("Jira's issue manager failed");
            }
        };
        TeamSnapshots node = new TeamSnapshots(world.directory, failingLookups, world.marks, world.clock, Runnable::run, SnapshotTimes.DEFAULT::waitWhenStaleFor);
        node.current(PLATFORM);
        world.work.put(aResolvedIssue("OPS-7").remaining(0).committedTo("2026-03-06", "Globex").build());

        node.issueChanged(OPS_7, Optional.empty());

        TeamSnapshot served = node.snapshot(PLATFORM).orElseThrow();
        assertEquals("served as it was, known stale", Optional.of(world.clock.instant()), served.staleSince());
        assertEquals("searched again at once", 2, world.reads.readsOf(PLATFORM));
        assertEquals(List.of("OPS-9", "OPS-12"), keysOf(node.current(PLATFORM).orElseThrow()));
    }

    @Test
    public void anEventThatChangedNothingTheEngineReads_keepsTheSnapshot() {
        TeamAssessment before = snapshots.current(PLATFORM).orElseThrow();

        snapshots.issueChanged(OPS_7, Optional.empty());

        assertSame(before, snapshots.current(PLATFORM).orElseThrow());
        assertEquals(1, world.reads.lookups());
    }

    @Test
    public void aChangeNoEventAnnounced_isFoundByTheReconciliationSearch_inTheBackground() {
        TeamAssessment before = snapshots.current(PLATFORM).orElseThrow();
        world.work.put(anIssue("OPS-7").remaining(2).committedTo("2026-03-06", "Globex").build());
        world.clock.set("2026-03-02T08:14:00Z");
        assertSame(before, snapshots.current(PLATFORM).orElseThrow());

        world.clock.set("2026-03-02T08:16:00Z");
        TeamSnapshot served = snapshots.snapshot(PLATFORM).orElseThrow();

        assertSame("served at once, the search runs behind it", before, served.assessment());
        assertEquals(Optional.empty(), served.staleSince());
        assertEquals(2, world.reads.readsOf(PLATFORM));
        assertEquals(Hours.of(2), snapshots.current(PLATFORM).orElseThrow().verdictFor(OPS_7).orElseThrow().item()
                .estimate().orElseThrow());
    }

    @Test
    public void changedIssue_leavesOtherTeamsAsTheyWere() {
        snapshots.current(PLATFORM);
        snapshots.current(NETWORK);

        snapshots.issueChanged(OPS_7, Optional.empty());
        snapshots.current(NETWORK);

        assertEquals(1, world.reads.readsOf(NETWORK));
    }

    @Test
    public void issueMovedIntoAnotherTeamsFilter_leavesTheTeamItLeft_andEntersTheTeamItJoined_byPatches() {
        snapshots.current(PLATFORM);
        snapshots.current(NETWORK);
        world.directory.assignIssue(OPS_7, NETWORK);

        snapshots.issueChanged(OPS_7, Optional.of(PLATFORM));

        assertEquals(List.of("OPS-9", "OPS-12"), keysOf(snapshots.current(PLATFORM).orElseThrow()));
        assertEquals(List.of("OPS-7", "NET-1"), keysOf(snapshots.current(NETWORK).orElseThrow()));
        assertEquals(1, world.reads.readsOf(PLATFORM));
        assertEquals(1, world.reads.readsOf(NETWORK));
    }

    @Test
    public void issueArrivedFromAnUnknownTeam_isPatchedIn_andEveryOtherTeamIsSearchedAgain() {
        snapshots.current(PLATFORM);
        snapshots.current(NETWORK);
        world.work.remove(OPS_7);
        world.work.put(anIssue("NET-2").remaining(80).committedTo("2026-03-06", "Globex").build());

        snapshots.issueArrived(IssueKey.parse("NET-2"), List.of(NETWORK));

        assertEquals(List.of("NET-2", "NET-1"), keysOf(snapshots.current(NETWORK).orElseThrow()));
        assertEquals(1, world.reads.readsOf(NETWORK));
        TeamSnapshot platform = snapshots.snapshot(PLATFORM).orElseThrow();
        assertEquals("served stale while searched again", Optional.of(world.clock.instant()), platform.staleSince());
        assertEquals(2, world.reads.readsOf(PLATFORM));
        assertEquals(List.of("OPS-9", "OPS-12"), keysOf(snapshots.current(PLATFORM).orElseThrow()));
    }

    @Test
    public void changedIssueOfNoTeam_searchesNothing() {
        snapshots.current(PLATFORM);

        snapshots.issueChanged(IssueKey.parse("HR-1"), Optional.empty());
        snapshots.current(PLATFORM);

        assertEquals(1, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void changedSettings_searchAgainWithTheNewSettings() {
        snapshots.current(PLATFORM);
        world.directory.put(aTeam().key("network").withMember("carla", 40).withMember("dirk", 40).build());

        snapshots.settingsChanged();

        assertEquals(2, snapshots.current(NETWORK).orElseThrow().team().members().size());
        assertEquals(1, world.reads.readsOf(NETWORK));
        snapshots.current(PLATFORM);
        assertEquals(2, world.reads.readsOf(PLATFORM));
    }

    @Test
    public void midnightInAmsterdam_judgesTheKeptItemsOnTheNewDayAtOnce_andSearchesAgain_whileUtcIsStillTheDayBefore() {
        world.clock.set("2026-03-02T22:59:00Z");
        TeamAssessment monday = snapshots.current(PLATFORM).orElseThrow();
        TeamAssessment mondayInUtc = snapshots.current(NETWORK).orElseThrow();

        // 00:01 on Tuesday in Amsterdam (UTC+1 in March), 23:01 on Monday in UTC.
        world.clock.set("2026-03-02T23:01:00Z");
        TeamAssessment tuesday = snapshots.current(PLATFORM).orElseThrow();

        assertEquals(LocalDate.parse("2026-03-02"), monday.today());
        assertEquals(LocalDate.parse("2026-03-03"), tuesday.today());
        assertEquals(2, world.reads.readsOf(PLATFORM));
        assertSame(mondayInUtc, snapshots.current(NETWORK).orElseThrow());
        assertEquals(1, world.reads.readsOf(NETWORK));
    }

    @Test
    public void unknownTeam_hasNoSnapshotAndItsWorkIsNotRead() {
        TeamKey sales = new TeamKey("sales");

        Optional<TeamAssessment> snapshot = snapshots.current(sales);

        assertEquals(Optional.empty(), snapshot);
        assertEquals(0, world.reads.readsOf(sales));
    }

    private static List<String> keysOf(TeamAssessment assessment) {
        return assessment.verdicts().stream().map(IssueVerdict::item).map(WorkItem::key).map(IssueKey::toString)
                .toList();
    }
}
