package io.promisedesk.workbench;

import io.promisedesk.scenario.Scenario;
import io.promisedesk.team.InMemoryTeamDirectory;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.InMemorySnapshotCache;
import io.promisedesk.workload.InMemoryWorkItemSource;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.TeamSnapshots;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario loaded into the plugin's in-memory ports and services, with a clock fixed at noon UTC on the
 * scenario's today, which is that same date in every team zone from UTC-12 to UTC+11.
 */
final class WorkbenchWorld {
    private final Clock clock;
    private final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    private final InMemoryWorkItemSource work = new InMemoryWorkItemSource(directory);
    private final TeamSnapshots snapshots;
    private final CheckOvercommit overcommit;
    // The ports answer per team; an issue page needs one issue by its key, as Jira's issue manager gives it.
    private final Map<IssueKey, WorkItem> issues = new LinkedHashMap<>();

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
    }

    static WorkbenchWorld of(Scenario scenario) {
        return new WorkbenchWorld(scenario);
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

    CheckOvercommit overcommit() {
        return overcommit;
    }

    Clock clock() {
        return clock;
    }
}
