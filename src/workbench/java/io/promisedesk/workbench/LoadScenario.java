package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large scenario for the load test, generated in memory in the style of {@link DemoScenario}: {@code teams} teams
 * of 5-10 people sharing {@code issues} issues evenly, the same text for the same sizes on every run (fixed seeds).
 *
 * <p>Team {@code i} (from 0) has the key {@code team-NN} and the project {@code LAA}, {@code LAB}, ...; its issues
 * are numbered from 1. As in {@code RealisticWorkload}: 55% done, 20% in progress, 25% new; about 15% of the open
 * ones unestimated; a quarter of the issues committed to a date in the next nine months, a few already past.
 */
final class LoadScenario {
    static final LocalDate TODAY = DemoScenario.TODAY;

    private static final List<String> WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    private static final List<String> ZONES = List.of("Europe/Amsterdam", "Europe/London", "Europe/Brussels",
            "Europe/Berlin", "America/New_York");
    private static final List<String> CUSTOMERS = List.of("Acme", "Initech", "Umbrella", "Globex", "Hooli",
            "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Vandelay");
    private static final int[] HOURS = {1, 2, 3, 4, 6, 8, 12, 16, 24};
    private static final int[] WEEKLY = {40, 40, 40, 38, 36, 32, 24};

    private LoadScenario() {
    }

    /** The scenario's JSON: {@code issues} issues spread evenly over {@code teams} teams (the first teams get the rest). */
    static String json(int teams, int issues) {
        if (teams < 1 || teams > 26 * 26 || issues < teams) {
            throw new IllegalArgumentException("need 1 to 676 teams and at least one issue per team, was "
                    + teams + " teams and " + issues + " issues");
        }
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("today", TODAY.toString());
        List<Object> teamValues = new ArrayList<>();
        List<Object> issueValues = new ArrayList<>();
        for (int index = 0; index < teams; index++) {
            Random random = new Random(1_000L + index);
            teamValues.add(team(index, random));
            int count = issues / teams + (index < issues % teams ? 1 : 0);
            issueValues.addAll(issues(index, count, random));
        }
        scenario.put("teams", teamValues);
        scenario.put("issues", issueValues);
        return Json.document(scenario);
    }

    static String teamKey(int index) {
        return String.format("team-%02d", index + 1);
    }

    static String project(int index) {
        return "L" + (char) ('A' + index / 26) + (char) ('A' + index % 26);
    }

    private static Map<String, Object> team(int index, Random random) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("key", teamKey(index));
        team.put("name", "Team " + (index + 1));
        team.put("timeZone", ZONES.get(index % ZONES.size()));
        team.put("workingDays", index % 10 == 9 ? WEEK.subList(0, 4) : WEEK);
        team.put("nonWorkingDates", List.of("2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25", "2026-12-25"));
        team.put("focusFactor", 0.60 + random.nextInt(26) / 100.0);
        team.put("warn", 0.85);
        team.put("critical", 1.0);
        team.put("defaultEstimateHours", 6);
        List<Object> members = new ArrayList<>();
        int people = 5 + random.nextInt(6);
        for (int person = 0; person < people; person++) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("user", "u" + (index + 1) + "-" + (person + 1));
            member.put("weeklyHours", WEEKLY[random.nextInt(WEEKLY.length)]);
            if (random.nextBoolean()) {
                member.put("absences", absence(random));
            }
            members.add(member);
        }
        team.put("members", members);
        return team;
    }

    private static List<String> absence(Random random) {
        LocalDate start = TODAY.plusDays(7 + random.nextInt(120));
        return DemoScenario.weekdaysFrom(start, 5 + random.nextInt(6));
    }

    private static List<Object> issues(int index, int count, Random random) {
        List<Object> issues = new ArrayList<>(count);
        String project = project(index);
        for (int number = 1; number <= count; number++) {
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("key", project + "-" + number);
            issue.put("team", teamKey(index));
            String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
            issue.put("summary", "Job " + number + " for " + customer);
            int kind = random.nextInt(100);
            String category = kind < 55 ? "done" : kind < 75 ? "indeterminate" : "new";
            issue.put("status", category.equals("done") ? "Done" : category.equals("new") ? "To Do" : "In Progress");
            issue.put("statusCategory", category);
            // Every team has at least five people.
            issue.put("assignee", "u" + (index + 1) + "-" + (1 + random.nextInt(5)));
            if (category.equals("done")) {
                issue.put("remainingHours", 0);
            } else if (random.nextInt(100) >= 15) {
                issue.put("remainingHours", HOURS[random.nextInt(HOURS.length)]);
            }
            if (random.nextInt(4) == 0) {
                // Commitments over the next nine months; one in fifty already past, as in real queues.
                LocalDate commitment = TODAY.plusDays(random.nextInt(50) == 0 ? -random.nextInt(10) - 1
                        : random.nextInt(270));
                issue.put("commitment", commitment.toString());
                issue.put("customer", customer);
            }
            issues.add(issue);
        }
        return issues;
    }
}
