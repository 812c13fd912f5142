package io.promisedesk.workbench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentSaved;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.commitment.SetCommitmentCommand;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.inbox.AnswerEtaRequests;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.scenario.Scenario;
import io.promisedesk.team.InMemoryTeamDirectory;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.InMemorySnapshotCache;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.InMemoryWorkItemSource;
import io.promisedesk.workload.PromiseOutcome;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshots;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One scenario loaded into the plugin's in-memory ports and services, with a clock fixed at noon UTC on the
 * scenario's today, which is that same date in every team zone from UTC-12 to UTC+11.
 *
 * <p>ETA changes are kept in an {@link InMemoryEtaHistoryStore} for as long as the server runs. A scenario's ETA has
 * no history of its own, so an issue's history is seeded when first read: one first change to the scenario's ETA by
 * {@value #SCENARIO_AUTHOR} at the clock's instant. An accepted change also replaces the issue in the work item
 * source and forgets its team's snapshot, as the plugin's issue listener will. Commitments sales set are kept in an
 * {@link InMemoryCommitmentStore} the same way, and a saved one replaces the issue's commitment likewise.
 *
 * <p>ETA requests are kept in an {@link InMemoryEtaRequestStore}, seeded by {@link DemoEtaRequests}; an accepted ETA
 * change answers the issue's open request through {@link AnswerEtaRequests}, as the plugin's ETA adapter does.
 */
final class WorkbenchWorld {
    private final Clock clock;
    private final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    private final InMemoryWorkItemSource work = new InMemoryWorkItemSource(directory);
    private final TeamSnapshots snapshots;
    private final CheckOvercommit overcommit;
    // The ports answer per team; an issue page needs one issue by its key, as Jira's issue manager gives it.
    private final Map<IssueKey, WorkItem> issues = new ConcurrentHashMap<>();
    private final InMemoryEtaHistoryStore etaHistories = new InMemoryEtaHistoryStore();
    private final UpdateEta updateEta;
    private final Object etaLock = new Object();
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final SetCommitment setCommitment;
    private final InMemoryEtaRequestStore etaRequests = new InMemoryEtaRequestStore();
    private final AnswerEtaRequests answerEtaRequests = new AnswerEtaRequests(etaRequests);

    static final String SCENARIO_AUTHOR = "scenario";

    private WorkbenchWorld(Scenario scenario) {
        this.clock = Clock.fixed(scenario.today().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        for (Team team : scenario.teams()) {
            directory.put(team);
            for (WorkItem item : scenario.issuesOf(team.key())) {
                // Per issue rather than per project: a scenario may give one project's issues to several teams.
                directory.assignIssue(item.key(), team.key());
                work.put(item);
                issues.put(item.key(), item);
            }
        }
        this.snapshots = new TeamSnapshots(directory, work, new InMemorySnapshotCache(), clock);
        this.overcommit = new CheckOvercommit(directory, snapshots);
        this.updateEta = new UpdateEta(etaHistories, clock);
        this.setCommitment = new SetCommitment(commitments, new CheckPromise(snapshots), clock);
    }

    static WorkbenchWorld of(Scenario scenario) {
        WorkbenchWorld world = new WorkbenchWorld(scenario);
        DemoEtaRequests.seed(world);
        return world;
    }

    List<Team> teams() {
        return directory.teams();
    }

    Optional<WorkItem> issue(IssueKey key) {
        return Optional.ofNullable(issues.get(key));
    }

    Optional<Team> teamOf(IssueKey key) {
        return directory.teamOf(key).flatMap(directory::team);
    }

    Optional<TeamAssessment> assessment(TeamKey team) {
        return snapshots.current(team);
    }

    /** Every team's verdicts, one per committed open issue, as the "My commitments" list reads them. */
    List<IssueVerdict> verdicts() {
        List<IssueVerdict> verdicts = new ArrayList<>();
        for (Team team : teams()) {
            assessment(team.key()).ifPresent(assessment -> verdicts.addAll(assessment.verdicts()));
        }
        return verdicts;
    }

    /** The issue's ETA history, seeded with the scenario's ETA the first time it is read. */
    EtaHistory etaHistory(IssueKey key) {
        synchronized (etaLock) {
            EtaHistory history = etaHistories.load(key);
            Optional<java.time.LocalDate> scenarioEta = issue(key).flatMap(WorkItem::eta);
            if (history.changes().isEmpty() && scenarioEta.isPresent()) {
                etaHistories.save(new EtaChange(key, SCENARIO_AUTHOR, clock.instant(), Optional.empty(),
                        scenarioEta.get(), Optional.empty()));
                history = etaHistories.load(key);
            }
            return history;
        }
    }

    /**
     * Runs the plugin's {@link UpdateEta}; when accepted, the issue carries the new ETA and its team's snapshot is
     * forgotten, so the panel and the sales pages read it on the next request; and the change answers the issue's
     * open ETA request, with every ask in it.
     */
    EtaUpdateOutcome updateEta(UpdateEtaCommand command) {
        synchronized (etaLock) {
            etaHistory(command.issue());
            EtaUpdateOutcome outcome = updateEta.update(command);
            if (outcome instanceof EtaUpdateOutcome.Accepted accepted) {
                WorkItem old = issues.get(command.issue());
                if (old != null) {
                    WorkItem changed = with(old, Optional.of(accepted.change().newEta()), old.commitment());
                    issues.put(changed.key(), changed);
                    work.put(changed);
                }
                snapshots.issueChanged(command.issue(), Optional.empty());
                answerEtaRequests.answer(accepted.change());
            }
            return outcome;
        }
    }

    /** The note sales wrote with the issue's commitment in the workbench, if any. */
    Optional<String> commitmentNote(IssueKey key) {
        return commitments.load(key).flatMap(saved -> saved.current().note());
    }

    /** The plugin's promise check for the commitment asked for; nothing changes. */
    PromiseOutcome checkCommitment(SetCommitmentCommand command) {
        return setCommitment.check(command);
    }

    /**
     * Runs the plugin's {@link SetCommitment}; the issue then carries the new commitment and its team's snapshot is
     * forgotten, so the sales pages, the list and the technician's panel read it on the next request.
     */
    CommitmentSaved setCommitment(SetCommitmentCommand command) {
        // The lock of ETA changes: both replace the issue, and neither may undo the other.
        synchronized (etaLock) {
            CommitmentSaved saved = setCommitment.set(command);
            WorkItem old = issues.get(command.issue().key());
            if (old != null) {
                StoredCommitment stored = saved.saved().current();
                WorkItem changed = with(old, old.eta(), Optional.of(stored.commitment()));
                issues.put(changed.key(), changed);
                work.put(changed);
            }
            snapshots.issueChanged(command.issue().key(), Optional.empty());
            return saved;
        }
    }

    private static WorkItem with(WorkItem item, Optional<java.time.LocalDate> eta, Optional<Commitment> commitment) {
        WorkItem.Builder builder = WorkItem.builder(item.key(), item.statusCategory()).summary(item.summary())
                .status(item.status());
        eta.ifPresent(builder::eta);
        item.assignee().ifPresent(builder::assignee);
        item.priority().ifPresent(builder::priority);
        item.estimate().ifPresent(builder::remaining);
        commitment.ifPresent(builder::commitment);
        return builder.build();
    }

    /** The ETA requests sales made, open and answered. */
    InMemoryEtaRequestStore etaRequests() {
        return etaRequests;
    }

    CheckOvercommit overcommit() {
        return overcommit;
    }

    Clock clock() {
        return clock;
    }
}
