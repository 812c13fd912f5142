package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.ScenarioException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts the JSON of Jira's issue search ({@code /rest/api/2/search}) into a scenario document, so that the
 * scenario reader validates it as it does any scenario file.
 */
final class JiraExport {
    private final JiraExportOptions options;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private JiraExport(JiraExportOptions options) {
        this.options = options;
    }

    /** The scenario and the remarks worth printing; the export's issue keys name the scenario's {@code issues[i]}. */
    record Converted(String scenario, List<String> issueKeys, List<String> notes) {
    }

    /** Converts an export; throws {@link ScenarioException} listing every problem found in it. */
    static Converted convert(String exportText, Optional<String> teamSettings, JiraExportOptions options) {
        return new JiraExport(options).convert(exportText, teamSettings);
    }

    private Converted convert(String exportText, Optional<String> teamSettings) {
        Object document;
        try {
            document = Json.parse(exportText);
        } catch (Json.SyntaxException malformed) {
            throw new ScenarioException(List.of("not valid JSON at " + malformed.getMessage()));
        }
        Object issuesValue = JiraIssueFields.object(document).map(root -> root.get("issues")).orElse(null);
        if (!(issuesValue instanceof List<?> exported)) {
            throw new ScenarioException(List.of("has no \"issues\" array; is it the answer of /rest/api/2/search?"));
        }
        Map<String, Object> root = JiraIssueFields.object(document).orElseThrow();
        if (root.get("total") instanceof Number total && total.intValue() > exported.size()) {
            notes.add("the export holds " + exported.size() + " of " + total + " issues; fetch the rest with startAt, "
                    + "or raise maxResults");
        }
        List<Object> issues = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, Integer> unmapped = new LinkedHashMap<>();
        Map<String, Set<String>> assigneesByTeam = new LinkedHashMap<>();
        LocalDate newestUpdate = null;
        for (int i = 0; i < exported.size(); i++) {
            Map<String, Object> issue = JiraIssueFields.object(exported.get(i)).orElse(Map.of());
            Map<String, Object> fields = JiraIssueFields.object(issue.get("fields")).orElse(Map.of());
            if (!(issue.get("key") instanceof String key) || !key.contains("-")) {
                problems.add("issues[" + i + "]: has no key such as OPS-12; was " + Json.write(issue.get("key")));
                continue;
            }
            String project = key.substring(0, key.indexOf('-'));
            String team = options.teamOfProject().get(project);
            if (team == null) {
                unmapped.merge(project, 1, Integer::sum);
                continue;
            }
            issues.add(JiraIssueFields.toScenario(key, team, fields, options, problems));
            keys.add(key);
            JiraIssueFields.assignee(fields).ifPresent(person ->
                    assigneesByTeam.computeIfAbsent(team, unused -> new LinkedHashSet<>()).add(person));
            newestUpdate = newer(newestUpdate, updated(key, fields));
        }
        unmapped.forEach((project, count) -> problems.add("project " + project + " has " + count
                + (count == 1 ? " issue" : " issues") + " and no --team mapping; add --team " + project + "=TEAM"));
        fieldsInSomeIssue(exported);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("today", today(newestUpdate));
        scenario.put("teams", ExportTeams.teams(teamSettings, teamsWithIssues(keys), assigneesByTeam, problems));
        scenario.put("issues", issues);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Converted(Json.write(scenario), keys, notes);
    }

    /** A mapped project without issues gets no default team: it has no assignees to count capacity from. */
    private Set<String> teamsWithIssues(List<String> keys) {
        Set<String> teams = new LinkedHashSet<>();
        options.teamOfProject().forEach((project, team) -> {
            if (keys.stream().anyMatch(key -> key.startsWith(project + "-"))) {
                teams.add(team);
            } else {
                notes.add("project " + project + " (--team " + project + "=" + team + ") has no issues in the export");
            }
        });
        return teams;
    }

    /** A custom field id that no issue carries, not even as null, is almost always a typing mistake. */
    private void fieldsInSomeIssue(List<?> exported) {
        Map<String, String> named = new LinkedHashMap<>();
        named.put(options.commitmentField(), "commitment");
        named.put(options.etaField(), "eta");
        options.customerField().ifPresent(field -> named.put(field, "customer"));
        named.forEach((field, meaning) -> {
            boolean somewhere = exported.stream().anyMatch(issue -> JiraIssueFields.object(issue)
                    .flatMap(fields -> JiraIssueFields.object(fields.get("fields")))
                    .map(fields -> fields.containsKey(field)).orElse(false));
            if (!somewhere && !exported.isEmpty()) {
                problems.add(field + " (" + meaning + ") is in none of the " + exported.size()
                        + " issues; check the field id, and that it is in the search's fields=");
            }
        });
    }

    /** Jira writes {@code updated} as {@code 2026-03-02T10:15:30.000+0100}: its date as the server saw it. */
    private LocalDate updated(String key, Map<String, Object> fields) {
        if (!(fields.get("updated") instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException malformed) {
            problems.add(key + ": updated must start with a date such as 2026-03-02, was \"" + text + "\"");
            return null;
        }
    }

    private static LocalDate newer(LocalDate newest, LocalDate candidate) {
        return candidate != null && (newest == null || candidate.isAfter(newest)) ? candidate : newest;
    }

    private String today(LocalDate newestUpdate) {
        if (options.today().isPresent()) {
            return options.today().get().toString();
        }
        if (newestUpdate == null) {
            problems.add("no issue has an \"updated\" date to take today from; give --today 2026-03-02, "
                    + "or add updated to the search's fields=");
            return null;
        }
        notes.add("today is " + newestUpdate + ", the newest \"updated\" in the export; --today sets another");
        return newestUpdate.toString();
    }
}
