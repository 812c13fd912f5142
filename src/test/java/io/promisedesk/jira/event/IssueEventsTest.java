package io.promisedesk.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.jira.field.CommitmentFieldEdits;
import io.promisedesk.jira.field.EtaFieldEdits;
import io.promisedesk.jira.field.SalesCommitmentFieldType;
import io.promisedesk.jira.field.EtaFieldType;
import io.promisedesk.settings.InMemoryTeamSettingsStore;
import io.promisedesk.settings.StoredTeamDirectory;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.ChangeMarks;
import io.promisedesk.workload.InMemoryChangeMarks;
import io.promisedesk.workload.SnapshotTimes;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;

/**
 * Jira's issue events patch the affected teams' snapshots (one lookup of the issue per team) and mark the teams for
 * the other nodes, and bring an ETA edited in the issue's field into its ETA history.
 */
public class IssueEventsTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

    private final InMemoryTeamSettingsStore teams = new InMemoryTeamSettingsStore();
    private final StoredTeamDirectory directory = new StoredTeamDirectory(teams);
    private final RecordingSource work = new RecordingSource();
    private final RecordingMarks marks = new RecordingMarks();
    private final TeamSnapshots snapshots = new TeamSnapshots(directory, work, marks, Clock.systemUTC(), Runnable::run, SnapshotTimes.DEFAULT::waitWhenStaleFor);
    private final IssueChanges changes = new IssueChanges(snapshots, directory);
    private final List<Object> registered = new ArrayList<>();
    private final EventPublisher publisher = fake(EventPublisher.class, Map.of(
            "register", arguments -> registered.add(arguments[0]),
            "unregister", arguments -> registered.remove(arguments[0])));
    private final CustomField etaField = fake(CustomField.class,
            Map.of("getCustomFieldType", returns(new EtaFieldType(null, null, null, CLOCK))));
    private final InMemoryEtaHistoryStore histories = new InMemoryEtaHistoryStore();
    private final EtaFieldEdits etaEdits = new EtaFieldEdits(histories, new InMemoryEtaRequestStore(),
            fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", returns(List.of(etaField)))), CLOCK);
    private final SalesCommitmentFieldType commitmentType = new SalesCommitmentFieldType(null, null, null, null, CLOCK,
            null, null);
    private final CustomField commitmentField = fake(CustomField.class,
            Map.of("getCustomFieldType", returns(commitmentType)));
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final CommitmentFieldEdits commitmentEdits = new CommitmentFieldEdits(commitments,
            () -> AllowedEmailDomains.ANY, fake(CustomFieldManager.class, Map.of("getCustomFieldObjects",
            returns(List.of()))), CLOCK);
    private final IssueEventListener listener = new IssueEventListener(publisher, changes, etaEdits, commitmentEdits);

    @Test
    public void aChangedIssue_isLookedUpAndPatchedIntoTheTeamOfItsProject_only() {
        team("platform", "OPS");
        team("network", "NET");
        readSnapshots("platform", "network");

        listener.onIssueEvent(event("OPS-7", 2L));

        assertEquals(List.of("platform:OPS-7"), work.lookups);
        assertEquals(List.of("platform"), marks.touched);
        assertEquals(2, work.searches);
    }

    @Test
    public void aChangedIssueOfATeamWithoutASnapshotHere_isOnlyMarkedForTheOtherNodes() {
        team("platform", "OPS");

        listener.onIssueEvent(event("OPS-7", 2L));

        assertEquals(List.of(), work.lookups);
        assertEquals(List.of("platform"), marks.touched);
    }

    @Test
    public void anIssueOfASharedProject_isPatchedIntoEveryTeamClaimingIt_once() {
        team("support", "OPS");
        team("platform", "OPS");
        readSnapshots("support", "platform");

        changes.changed(IssueKey.parse("OPS-7"));

        assertEquals(List.of("platform:OPS-7", "support:OPS-7"), work.lookups);
        assertEquals(List.of("platform", "support"), marks.touched);
    }

    @Test
    public void aChangeTheSnapshotsCannotTake_isLogged_andDoesNotFailJirasEvent() {
        team("platform", "OPS");
        marks.failing = true;

        listener.onIssueEvent(event("OPS-7", 2L));

        assertEquals(List.of("platform"), marks.touched);
    }

    @Test
    public void anIssueOfNoTeamsProject_touchesNothing() {
        team("platform", "OPS");
        readSnapshots("platform");

        listener.onIssueEvent(event("HR-1", 1L));

        assertEquals(List.of(), work.lookups);
        assertEquals(List.of(), marks.touched);
    }

    @Test
    public void aMovedIssue_isPatchedIntoTheTeamOfItsNewKey_andEveryOtherTeamIsSearchedAgain() {
        team("platform", "OPS");
        team("network", "NET");
        readSnapshots("platform", "network");

        listener.onIssueEvent(event("NET-3", EventType.ISSUE_MOVED_ID));
        readSnapshots("platform", "network");

        assertEquals(List.of("network:NET-3"), work.lookups);
        assertEquals(Set.of("platform", "network"), Set.copyOf(marks.touched));
        assertEquals("platform searched again, network patched only", 3, work.searches);
    }

    @Test
    public void anEventOfAnIssueWhoseEtaFieldMoved_recordsTheFieldsEtaByTheEventsUser() {
        listener.onIssueEvent(etaEvent("OPS-7", 2L, MARCH_20));

        assertEquals(new EtaChange(IssueKey.parse("OPS-7"), "tina", NOW, Optional.empty(), MARCH_20, Optional.empty()),
                histories.load(IssueKey.parse("OPS-7")).lastChange().orElseThrow());
    }

    @Test
    public void aMovedIssue_startsTheHistoryOfItsNewKeyWithTheFieldsEta() {
        listener.onIssueEvent(etaEvent("NET-3", EventType.ISSUE_MOVED_ID, MARCH_20));

        assertEquals(Optional.of(MARCH_20), histories.load(IssueKey.parse("NET-3")).currentEta());
    }

    @Test
    public void aDeletedIssue_leavesItsEtaHistoryAsItWas() {
        listener.onIssueEvent(etaEvent("OPS-7", EventType.ISSUE_DELETED_ID, MARCH_20));

        assertEquals(EtaHistory.empty(IssueKey.parse("OPS-7")), histories.load(IssueKey.parse("OPS-7")));
    }

    @Test
    public void anEventOfAnIssueWithoutAnEta_recordsNothing() {
        listener.onIssueEvent(etaEvent("OPS-7", 2L, null));

        assertEquals(EtaHistory.empty(IssueKey.parse("OPS-7")), histories.load(IssueKey.parse("OPS-7")));
    }

    @Test
    public void anEventWithoutAnIssue_orWithAKeyNotOurs_isIgnored() {
        team("platform", "OPS");

        listener.onIssueEvent(new IssueEvent(null, Map.of(), null, 2L));
        listener.onIssueEvent(event(null, 2L));
        listener.onIssueEvent(event("ops-7", 2L));
        listener.onIssueEvent(null);

        assertEquals(List.of(), marks.touched);
        assertEquals(List.of(), work.lookups);
    }

    @Test
    public void theListener_registersAndUnregistersItself_andListensOnItsAnnotatedMethod() throws Exception {
        listener.register();
        assertEquals(List.of(listener), registered);

        listener.unregister();
        assertEquals(List.of(), registered);
        assertNotNull(IssueEventListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .getAnnotation(EventListener.class));
    }

    @Test
    public void aCommitmentEditedInItsField_isRecordedByTheEventsUser_butNotOnADeletion() {
        CommitmentFieldEdits edits = new CommitmentFieldEdits(commitments, () -> AllowedEmailDomains.ANY,
                fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", returns(List.of(commitmentField)))),
                CLOCK);
        IssueEventListener hearing = new IssueEventListener(publisher, changes, etaEdits, edits);
        Object promised = commitmentType.getSingularObjectFromString("2026-03-20\nACME\n");

        hearing.onIssueEvent(commitmentEvent("OPS-9", EventType.ISSUE_DELETED_ID, promised));
        assertEquals(Optional.empty(), commitments.load(IssueKey.parse("OPS-9")));

        hearing.onIssueEvent(commitmentEvent("OPS-9", 2L, promised));
        StoredCommitment recorded = commitments.load(IssueKey.parse("OPS-9")).orElseThrow().current();
        assertEquals(Commitment.of(MARCH_20, "ACME"), recorded.commitment());
        assertEquals("tina", recorded.author());
    }

    @Test
    public void everyCollaboratorIsRequired() {
        assertThrows(RuntimeException.class, () -> new IssueEventListener(null, changes, etaEdits, commitmentEdits));
        assertThrows(RuntimeException.class, () -> new IssueEventListener(publisher, null, etaEdits, commitmentEdits));
        assertThrows(RuntimeException.class, () -> new IssueEventListener(publisher, changes, null, commitmentEdits));
        assertThrows(RuntimeException.class, () -> new IssueEventListener(publisher, changes, etaEdits, null));
        assertThrows(RuntimeException.class, () -> new IssueChanges(null, directory));
        assertThrows(RuntimeException.class, () -> changes.changed(null));
    }

    private void team(String key, String project) {
        teams.create(new TeamSettings(aTeam().key(key).withMember("anna", 40).build(),
                new TeamScope(Optional.empty(), Set.of(project), Optional.empty())));
    }

    /** An event of an issue whose ETA field the tests do not set: it holds nothing. */
    private IssueEvent event(String key, Long type) {
        return etaEvent(key, type, null);
    }

    /** An event by tina of an issue whose ETA field holds {@code eta}, as Jira's date (null: none). */
    private IssueEvent etaEvent(String key, Long type, LocalDate eta) {
        Object value = eta == null ? null : Date.from(eta.atStartOfDay(CLOCK.getZone()).toInstant());
        Issue issue = fake(Issue.class, Map.of("getKey", returns(key),
                "getCustomFieldValue", arguments -> arguments[0] == etaField ? value : null));
        return new IssueEvent(issue, Map.of(), fake(ApplicationUser.class, Map.of("getUsername", returns("tina"))), type);
    }

    /** An event by tina of an issue whose Sales Commitment field holds {@code value}. */
    private IssueEvent commitmentEvent(String key, Long type, Object value) {
        Issue issue = fake(Issue.class, Map.of("getKey", returns(key), "getId", returns(10_009L),
                "getCustomFieldValue", arguments -> arguments[0] == commitmentField ? value : null));
        return new IssueEvent(issue, Map.of(), fake(ApplicationUser.class, Map.of("getUsername", returns("tina"))), type);
    }

    private void readSnapshots(String... keys) {
        for (String key : keys) {
            snapshots.current(new TeamKey(key)).orElseThrow();
        }
    }

    /** No team has work when searched; each issue looked up is found. Records both, lookups as team:KEY. */
    private static final class RecordingSource implements WorkItemSource {
        final List<String> lookups = new ArrayList<>();
        int searches;

        @Override
        public List<WorkItem> workOf(TeamKey team) {
            searches++;
            return List.of();
        }

        @Override
        public Optional<WorkItem> workItemOf(TeamKey team, IssueKey issue) {
            lookups.add(team.value() + ":" + issue);
            return Optional.of(anIssue(issue.toString()).remaining(4).build());
        }
    }

    /** Records the teams marked for the other nodes, in order. */
    private static final class RecordingMarks implements ChangeMarks {
        final List<String> touched = new ArrayList<>();
        private final InMemoryChangeMarks marks = new InMemoryChangeMarks();
        boolean failing;

        @Override
        public Optional<String> markOf(TeamKey team) {
            return marks.markOf(team);
        }

        @Override
        public String touch(TeamKey team) {
            touched.add(team.value());
            if (failing) {
                throw new IllegalStateException("the cluster cache failed");
            }
            return marks.touch(team);
        }
    }
}
