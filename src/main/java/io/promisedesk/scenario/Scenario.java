package io.promisedesk.scenario;

import io.promisedesk.common.Hours;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.WorkItem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole world for the engine: a fixed today, teams in the file's order, each team's issues, and the
 * promises to check; every team named by an issue or promise exists.
 */
public record Scenario(LocalDate today, List<Team> teams, Map<TeamKey, List<WorkItem>> issuesByTeam,
                       List<PromiseQuestion> promises) {

    public Scenario {
        teams = List.copyOf(teams);
        Map<TeamKey, List<WorkItem>> copy = new LinkedHashMap<>();
        for (Team team : teams) {
            copy.put(team.key(), List.copyOf(issuesByTeam.getOrDefault(team.key(), List.of())));
        }
        issuesByTeam = java.util.Collections.unmodifiableMap(copy);
        promises = List.copyOf(promises);
    }

    public List<WorkItem> issuesOf(TeamKey team) {
        return issuesByTeam.getOrDefault(team, List.of());
    }

    /** "Can we promise {@code hours} of work by {@code wished}?" asked of one team. */
    public record PromiseQuestion(TeamKey team, Hours hours, LocalDate wished) {
    }
}
