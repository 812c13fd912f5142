package io.promisedesk.health;

import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.Team;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;
import io.promisedesk.workload.WorkItemSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Each team's query parses, and a fresh snapshot of the team (its search and its assessment, not kept in the cache)
 * finds issues in reasonable time: how many of them the reader may browse and how long it took. The snapshot's search
 * sees every issue, but only those the reader may browse are counted, since a count of hidden issues tells of them.
 * Once the snapshots have taken
 * {@link #BUDGET} together, the remaining teams' queries are still parsed but not searched, so that the page answers
 * before a proxy gives up on it.
 */
public final class TeamSearchCheck implements HealthCheck {
    /** Slower than this, the first page after every change of a team's issues keeps people waiting. */
    static final Duration SLOW = Duration.ofSeconds(5);
    /** How long the snapshots of one run may take together. */
    static final Duration BUDGET = Duration.ofSeconds(30);

    private final TeamSettingsStore teams;
    private final TeamQueries queries;
    private final WorkItemSource work;
    private final Access reader;
    private final Clock clock;
    private final Clock stopwatch;

    /**
     * {@code reader}: who asks, whose browsable issues are counted; {@code clock} gives each team's today;
     * {@code stopwatch} times the snapshots (in Jira both are the wall clock).
     */
    public TeamSearchCheck(TeamSettingsStore teams, TeamQueries queries, WorkItemSource work, Access reader,
                           Clock clock, Clock stopwatch) {
        this.teams = Require.present(teams, "teams");
        this.queries = Require.present(queries, "queries");
        this.work = Require.present(work, "work");
        this.reader = Require.present(reader, "reader");
        this.clock = Require.present(clock, "clock");
        this.stopwatch = Require.present(stopwatch, "stopwatch");
    }

    @Override
    public Area area() {
        return Area.TEAMS;
    }

    @Override
    public List<Finding> run() {
        List<TeamSettings> configured = teams.all().stream().map(Versioned::value)
                .sorted(Comparator.comparing((TeamSettings each) -> each.team().name().toLowerCase(Locale.ROOT))
                        .thenComparing(each -> each.key().value()))
                .toList();
        if (configured.isEmpty()) {
            return List.of(Finding.amber(Message.of("promisedesk.health.teams.none"),
                    Message.of("promisedesk.health.teams.none.advice")));
        }
        List<Finding> findings = new ArrayList<>();
        Duration spent = Duration.ZERO;
        for (TeamSettings settings : configured) {
            Instant start = stopwatch.instant();
            findings.add(judge(settings, spent.compareTo(BUDGET) < 0));
            spent = spent.plus(Duration.between(start, stopwatch.instant()));
        }
        return findings;
    }

    private Finding judge(TeamSettings settings, boolean search) {
        Team team = settings.team();
        TeamQueries.Query query = queries.check(settings.scope());
        if (query instanceof TeamQueries.Query.NoProjects) {
            return Finding.amber(Message.of("promisedesk.health.teams.noProjects", team.name()),
                    Message.of("promisedesk.health.teams.noProjects.advice"));
        }
        if (query instanceof TeamQueries.Query.Invalid invalid) {
            return Finding.red(Message.of("promisedesk.health.teams.invalid", team.name(),
                    String.join("; ", invalid.errors())), Message.of("promisedesk.health.teams.invalid.advice"))
                    .withDetail(invalid.jql());
        }
        String jql = ((TeamQueries.Query.Valid) query).jql();
        if (!search) {
            return Finding.amber(Message.of("promisedesk.health.teams.notSearched", team.name(), BUDGET.toSeconds()),
                    Message.of("promisedesk.health.teams.notSearched.advice")).withDetail(jql);
        }
        Instant start = stopwatch.instant();
        List<WorkItem> items;
        try {
            items = work.workOf(team.key());
            TeamAssessment.assess(team, items, team.today(clock));
        } catch (RuntimeException failure) {
            return Finding.red(Message.of("promisedesk.health.teams.failed", team.name(),
                    RunHealthChecks.summary(failure)), Message.of("promisedesk.health.teams.failed.advice"))
                    .withDetail(jql);
        }
        Duration took = Duration.between(start, stopwatch.instant());
        long found = items.stream().map(WorkItem::key).filter(reader::canBrowse).count();
        if (found == 0) {
            return Finding.amber(Message.of("promisedesk.health.teams.empty", team.name()),
                    Message.of("promisedesk.health.teams.empty.advice")).withDetail(jql);
        }
        if (took.compareTo(SLOW) > 0) {
            return Finding.amber(Message.of("promisedesk.health.teams.slow", team.name(), found, took.toMillis()),
                    Message.of("promisedesk.health.teams.slow.advice", SLOW.toSeconds())).withDetail(jql);
        }
        return Finding.green(Message.of("promisedesk.health.teams.ok", team.name(), found, took.toMillis()))
                .withDetail(jql);
    }
}
