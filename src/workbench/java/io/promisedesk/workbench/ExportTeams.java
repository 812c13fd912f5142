package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scenario teams of a Jira export: those given in {@code --team-settings}, and for every other mapped team a
 * default one: Monday to Friday in UTC, focus 0.8, each assignee of its issues at 40 hours a week.
 */
final class ExportTeams {
    static final List<String> WORKING_DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    static final BigDecimal FOCUS = new BigDecimal("0.8");
    static final int WEEKLY_HOURS = 40;

    private ExportTeams() {
    }

    /**
     * The teams in settings order, then the default ones in {@code --team} order; a settings file that is not a JSON
     * array of objects with a {@code key}, or a default team without any assignee, adds a line to {@code problems}.
     */
    static List<Object> teams(Optional<String> settingsText, Set<String> mappedTeams,
                              Map<String, Set<String>> assigneesByTeam, List<String> problems) {
        List<Object> teams = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        settingsText.ifPresent(text -> settings(text, teams, given, problems));
        for (String team : mappedTeams) {
            if (given.contains(team)) {
                continue;
            }
            Set<String> people = assigneesByTeam.getOrDefault(team, Set.of());
            if (people.isEmpty()) {
                problems.add("team " + team + " has no assignee in the export to count its capacity from; "
                        + "give its members in --team-settings");
                continue;
            }
            teams.add(defaultTeam(team, people));
        }
        return teams;
    }

    private static void settings(String text, List<Object> teams, Set<String> given, List<String> problems) {
        Object document;
        try {
            document = Json.parse(text);
        } catch (Json.SyntaxException malformed) {
            problems.add("--team-settings: not valid JSON at " + malformed.getMessage());
            return;
        }
        if (!(document instanceof List<?> list)) {
            problems.add("--team-settings: must be a JSON array of teams as in a scenario's \"teams\"");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Object key = JiraIssueFields.object(list.get(i)).map(team -> team.get("key")).orElse(null);
            if (!(key instanceof String teamKey)) {
                problems.add("--team-settings[" + i + "]: must be a team object with a \"key\"");
                continue;
            }
            given.add(teamKey);
            teams.add(list.get(i));
        }
    }

    private static Map<String, Object> defaultTeam(String key, Set<String> people) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("key", key);
        team.put("name", key);
        team.put("workingDays", WORKING_DAYS);
        team.put("focusFactor", FOCUS);
        List<Object> members = new ArrayList<>();
        for (String person : people) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("user", person);
            member.put("weeklyHours", WEEKLY_HOURS);
            members.add(member);
        }
        team.put("members", members);
        return team;
    }
}
