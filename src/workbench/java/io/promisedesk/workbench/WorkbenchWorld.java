package io.promisedesk.workbench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.concurrent.TaskGuard;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.eta.EtaUpdateOutcome;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.eta.UpdateEtaCommand;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.inbox.AnsweringEtaHistoryStore;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.EtaRequestId;
import io.promisedesk.inbox.EtaRequestStore;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.scenario.Scenario;
import io.promisedesk.team.InMemoryTeamDirectory;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.InMemoryChangeMarks;
import io.promisedesk.workload.RefreshPool;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.InMemoryWorkItemSource;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One scenario loaded into the plugin's in-memory ports and services, with a clock standing at noon UTC on the
 * scenario's today, which is that same date in every team zone from UTC-12 to UTC+11, until an admin lets a week pass
 * on the outbox ({@link #aWeekPasses}).
 *
 * <p>ETA changes are kept in an {@link InMemoryEtaHistoryStore} for as long as the server runs. A scenario's ETA has
 * no history of its own, so an issue's history is seeded when first read: one first change to the scenario's ETA by
 * {@value #SCENARIO_AUTHOR} at the clock's instant. A saved change also replaces the issue in the work item source,
 * and an accepted one forgets its team's snapshot, as the plugin's issue listener will; the same whether it came
 * from the ETA form or the REST resource. Commitments sales set are kept in an
 * {@link InMemoryCommitmentStore}, and a saved one replaces the issue's commitment likewise.
 * Every accepted change, the admin's settings' too, is made under one lock and handed to the {@link ChangeJournal}.
 *
 * <p>ETA requests are kept in an {@link InMemoryEtaRequestStore}, seeded by {@link DemoEtaRequests}; sales' asks are
 * journaled. A saved ETA change (from any form, the inbox or REST) answers the issue's open request, since the
 * histories are wrapped in the plugin's {@link AnsweringEtaHistoryStore} as in Jira.
 */
final class WorkbenchWorld {
    private final WorkbenchClock clock;
    private final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    private final InMemoryWorkItemSource work = new InMemoryWorkItemSource(directory);
    private final TeamSnapshots snapshots;
    private final CheckOvercommit overcommit;
    // The ports answer per team; an issue page needs one issue by its key, as Jira's issue manager gives it.
    private final Map<IssueKey, WorkItem> issues = new ConcurrentHashMap<>();
    private final InMemoryEtaHistoryStore etaHistories = new InMemoryEtaHistoryStore();
    private final Object etaLock = new Object();
    private final InMemoryEtaRequestStore etaRequests = new InMemoryEtaRequestStore();
    private final EtaHistoryStore etaStore = new AnsweringEtaHistoryStore(new ScenarioEtaStore(), etaRequests);
    private final UpdateEta updateEta;
    private final CheckPromise checkPromise;
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final SetCommitment setCommitment;
    private final WorkbenchSettings settings;
    private volatile ChangeJournal journal = ChangeJournal.IN_MEMORY;
    private final AskForEta askForEta;
    private final WorkbenchDigests digests;

    static final String SCENARIO_AUTHOR = "scenario";

    private WorkbenchWorld(Scenario scenario) {
        this.clock = new WorkbenchClock(scenario.today().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        for (Team team : scenario.teams()) {
            directory.put(team);
            for (WorkItem item : scenario.issuesOf(team.key())) {
                // Per issue rather than per project: a scenario may give one project's issues to several teams.
                directory.assignIssue(item.key(), team.key());
                work.put(item);
                issues.put(item.key(), item);
            }
        }
        // The admin's wait bound read on each stale read: the in-memory store costs nothing, and the scenario's clock
        // stands still, so a bound re-read after some time would never be re-read.
        this.snapshots = new TeamSnapshots(directory, work, new InMemoryChangeMarks(), clock, new RefreshPool(TaskGuard.NONE),
                this::snapshotWaitBound);
        this.overcommit = new CheckOvercommit(directory, snapshots);
        this.updateEta = new UpdateEta(etaStore, clock);
        this.checkPromise = new CheckPromise(snapshots);
        // The admin's allowed e-mail domains read on each save; the settings are made just below, before any save.
        this.setCommitment = new SetCommitment(new JournaledCommitments(), checkPromise, clock,
                this::allowedEmailDomains);
        this.askForEta = new AskForEta(new JournaledAsks(), clock);
        // Last: the settings read the teams and projects set up above.
        this.settings = new WorkbenchSettings(this);
        // The digests read the ETA changes, the answered requests and the commitments of this world.
        this.digests = new WorkbenchDigests(etaHistories, etaRequests, commitments, this::issue, clock,
                this::allowedEmailDomains);
        // Last: the checks read the settings and the digests.
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

    /** Every issue as it is now, done ones too, in key order. */
    List<WorkItem> issues() {
        return issues.values().stream().sorted(java.util.Comparator.comparing(WorkItem::key)).toList();
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
        return etaStore.load(key);
    }

    /**
     * Runs the plugin's {@link UpdateEta}; when accepted, the issue carries the new ETA and its team's snapshot is
     * forgotten, so the panel and the sales pages read it on the next request; and the change answers the issue's
     * open ETA request, with every ask in it (all done by the store, whoever saves).
     */
    EtaUpdateOutcome updateEta(UpdateEtaCommand command) {
        return updateEta.update(command);
    }

    /**
     * The ETA histories as the plugin's services see them, here and through the REST resources: seeded from the
     * scenario when first read, and a saved change also puts the new ETA on the issue in the work item source, as
     * Jira's ETA field holds it there, and forgets the team's snapshot, as the plugin's issue listener does.
     */
    private final class ScenarioEtaStore implements EtaHistoryStore {
        @Override
        public EtaHistory load(IssueKey key) {
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

        @Override
        public boolean save(EtaChange change) {
            synchronized (etaLock) {
                load(change.issue());
                if (!etaHistories.save(change)) {
                    return false;
                }
                WorkItem old = issues.get(change.issue());
                if (old != null) {
                    WorkItem changed = with(old, Optional.of(change.newEta()), old.commitment());
                    issues.put(changed.key(), changed);
                    work.put(changed);
                }
                snapshots.issueChanged(change.issue(), Optional.empty());
                // Here rather than in updateEta: the inbox and the REST resource save through this store too.
                journal.append(new JournalEntry.Eta(change.issue(), change.author(), change.oldEta(),
                        change.newEta(), change.reason()));
                return true;
            }
        }
    }

    /**
     * The ETA requests as sales' asks change them: each accepted ask is journaled under the lock of every change, so
     * that replaying puts it between the ETA changes it came between. Answers are not journaled: the replayed ETA
     * changes answer again.
     */
    private final class JournaledAsks implements EtaRequestStore {
        @Override
        public EtaRequestId nextId() {
            return etaRequests.nextId();
        }

        @Override
        public Optional<EtaRequest> openRequestOn(IssueKey issue) {
            return etaRequests.openRequestOn(issue);
        }

        @Override
        public List<EtaRequest> openRequestsOf(TeamKey team) {
            return etaRequests.openRequestsOf(team);
        }

        @Override
        public List<EtaRequest> answeredRequestsOf(TeamKey team, Instant since) {
            return etaRequests.answeredRequestsOf(team, since);
        }

        @Override
        public boolean replace(Optional<EtaRequest> before, EtaRequest after) {
            synchronized (etaLock) {
                if (!etaRequests.replace(before, after)) {
                    return false;
                }
                int asked = before.map(request -> request.asks().size()).orElse(0);
                if (after.isOpen() && after.asks().size() > asked) {
                    journal.append(JournalEntry.EtaAsk.of(after.issue(), after.asks().get(after.asks().size() - 1)));
                }
                return true;
            }
        }
    }

    /** The plugin's {@link AskForEta} on this world's requests, journaling each ask. */
    AskForEta askForEta() {
        return askForEta;
    }

    /** The commitments sales saved, for the plugin's sales handler, which saves through {@link #commitmentService}. */
    CommitmentStore commitments() {
        return commitments;
    }

    /**
     * The plugin's commitment service on this world, for the sales handler and the journal's replay: a saved
     * commitment goes onto the issue, its team's snapshot is forgotten and the change is journaled (all done by the
     * store, whoever saves).
     */
    SetCommitment commitmentService() {
        return setCommitment;
    }

    /**
     * The commitments as the plugin's service saves them: the issue then carries the new commitment and its team's
     * snapshot is forgotten, so the sales pages, the list and the technician's panel read it on the next request.
     */
    private final class JournaledCommitments implements CommitmentStore {
        @Override
        public Optional<SavedCommitment> load(IssueKey issue) {
            return commitments.load(issue);
        }

        @Override
        public Optional<SavedCommitment> save(StoredCommitment commitment, Optional<StoredCommitment> replacing) {
            // The lock of ETA changes: both replace the issue, and neither may undo the other.
            synchronized (etaLock) {
                Optional<SavedCommitment> saved = commitments.save(commitment, replacing);
                if (saved.isEmpty()) {
                    return saved;
                }
                WorkItem old = issues.get(commitment.issue());
                if (old != null) {
                    WorkItem changed = with(old, old.eta(), Optional.of(commitment.commitment()));
                    issues.put(changed.key(), changed);
                    work.put(changed);
                }
                snapshots.issueChanged(commitment.issue(), Optional.empty());
                journal.append(JournalEntry.CommitmentSet.of(commitment));
                return saved;
            }
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

    /** Every project key among the issues, as the admin page's stand-in for Jira's projects. */
    Set<String> projects() {
        Set<String> projects = new TreeSet<>();
        issues.keySet().forEach(key -> projects.add(key.project()));
        return projects;
    }

    /** The projects of the issues the team has now. */
    Set<String> projectsOf(TeamKey team) {
        Set<String> projects = new TreeSet<>();
        issues.keySet().stream().filter(key -> directory.teamOf(key).equals(Optional.of(team)))
                .forEach(key -> projects.add(key.project()));
        return projects;
    }

    /**
     * An admin saved the team: it replaces the one with its key; its issues stay assigned one by one as the scenario
     * gave them, and a new team's projects bring it their other issues. Every snapshot is forgotten, as the plugin
     * does on a settings change.
     */
    void putTeam(Team team, Set<String> projects) {
        directory.put(team);
        projects.forEach(project -> directory.assignProject(project, team.key()));
        snapshots.settingsChanged();
    }

    /** An admin deleted the team's settings: its issues then belong to no team; their data stays. */
    void removeTeam(TeamKey team) {
        directory.remove(team);
        snapshots.settingsChanged();
    }

    /** The admin's team and global settings, saved through the plugin's services and journaled. */
    /** The admin's wait bound as the workbench's settings hold it now. */
    private Duration snapshotWaitBound() {
        return settings.globalSettings().value().snapshotWaitBound();
    }

    WorkbenchSettings settings() {
        return settings;
    }

    /** Runs a change under the lock of every change, so that the journal lists changes in the order they were made. */
    <T> T locked(Supplier<T> change) {
        synchronized (etaLock) {
            return change.get();
        }
    }

    /** Journals a change the world accepted; called under {@link #locked}, right after the change. */
    void journal(JournalEntry entry) {
        journal.append(entry);
    }

    /** From now on every accepted change is written to {@code journal} (with {@code --data-dir}). */
    void journalTo(ChangeJournal journal) {
        this.journal = journal;
    }

    /** The ETA requests sales made, open and answered. */
    InMemoryEtaRequestStore etaRequests() {
        return etaRequests;
    }

    /** The ETA histories as the plugin's services read and save them: seeded from the scenario, journaled. */
    EtaHistoryStore etaHistories() {
        return etaStore;
    }

    CheckOvercommit overcommit() {
        return overcommit;
    }

    TeamDirectory directory() {
        return directory;
    }

    TeamSnapshots snapshots() {
        return snapshots;
    }

    /** The plugin's ETA service on this world's histories; {@link #updateEta} also forgets the team's snapshot. */
    UpdateEta etaUpdates() {
        return updateEta;
    }

    /** The work item source the snapshots read, for the admin preview's what-if. */
    InMemoryWorkItemSource work() {
        return work;
    }

    /** The plugin's digests on this world, with the workbench's outbox. */

    WorkbenchDigests digests() {
        return digests;
    }

    CheckPromise checkPromise() {
        return checkPromise;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Moves the world's clock on by a week, past every digest period "Send digests now" sent: ETA changes made after
     * it reach the next send. Not journaled: a restart starts at the scenario's noon again.
     */
    Instant aWeekPasses() {
        synchronized (etaLock) {
            return clock.advance(Duration.ofDays(7));
        }
    }

    /** The admin's allowed e-mail domains as they are now. */
    private io.promisedesk.commitment.AllowedEmailDomains allowedEmailDomains() {
        return settings.global().load().value().allowedEmailDomains();
    }
}
