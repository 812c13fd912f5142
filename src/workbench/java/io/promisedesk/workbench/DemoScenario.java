package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the workbench's demo data, {@code docs/examples/demo.json}: three teams, 25 people, 400 issues for twelve
 * customers; the same file on every run, so the committed copy can be checked against it.
 *
 * <p>Run {@code DemoScenario docs/examples/demo.json} after changing it, then {@code ./assess} it into
 * {@code demo.assess.json}. {@link Random} with a fixed seed is used because its sequence is fixed by its
 * specification, so every JDK writes the same file.
 */
public final class DemoScenario {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Path FILE = Path.of("docs", "examples", "demo.json");

    private static final List<String> WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    private static final List<String> CUSTOMERS = List.of("Acme", "Initech", "Umbrella", "Globex",
            "Wayne Enterprises", "Stark Industries", "Hooli", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Vandelay");
    private static final List<String> JOBS = List.of("Install the new VPN", "Replace the core switch",
            "Migrate the mailboxes", "Renew the TLS certificates", "Set up guest Wi-Fi", "Upgrade the firewall firmware",
            "Onboard a new site", "Move the office network", "Replace the UPS", "Add monitoring to the ERP servers",
            "Roll out new laptops", "Configure cloud backup", "Audit the user accounts", "Fix the printer queues",
            "Extend the storage array", "Patch the hypervisors");
    private static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Medium", "Low");
    private static final int[] HOURS = {2, 3, 4, 6, 8, 12, 16, 24, 32};

    /**
     * One team's calendar and how its work is spread: {@code from}..{@code to} are the commitment dates' offsets
     * from today in days, {@code scale} multiplies every estimate; together they set how loaded the team is.
     */
    private record TeamPlan(String key, String name, String zone, String project, List<String> holidays,
                            double focus, double warn, int defaultEstimate, List<String> people, int issues,
                            int from, int to, int scale, long seed) {
    }

    private static final List<TeamPlan> PLANS = List.of(
            // Overcommitted: a lot of big work promised within six weeks, a few promises already late.
            new TeamPlan("field-ops", "Field operations", "Europe/Amsterdam", "FO",
                    List.of("2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25"), 0.65, 0.8, 6,
                    List.of("anna", "bram", "chen", "dewi", "emre", "fleur", "gijs", "hanna", "ivo"), 150, -2, 48, 1, 11),
            // At risk here and there: a fuller first month, comfortable afterwards.
            new TeamPlan("network", "Network engineering", "Europe/London", "NET",
                    List.of("2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25"), 0.7, 0.85, 8,
                    List.of("alice", "ben", "chloe", "dev", "ella", "finn", "grace", "harry"), 130, 3, 46, 1, 23),
            // Comfortable: small jobs promised weeks ahead.
            new TeamPlan("service-desk", "Service desk", "Europe/Brussels", "SD",
                    List.of("2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25"), 0.75, 0.85, 4,
                    List.of("amelie", "bart", "celine", "dries", "elise", "filip", "greet", "hugo"), 120, 10, 90, 1, 37));

    private DemoScenario() {
    }

    /** Writes the demo to the file named, or to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length == 1) {
            Files.writeString(Path.of(args[0]), json(), StandardCharsets.UTF_8);
        } else {
            System.out.print(json());
        }
    }

    /** The demo scenario as the text of {@code docs/examples/demo.json}. */
    public static String json() {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("today", TODAY.toString());
        List<Object> teams = new ArrayList<>();
        List<Object> issues = new ArrayList<>();
        for (TeamPlan plan : PLANS) {
            Random random = new Random(plan.seed());
            teams.add(team(plan, random));
            issues.addAll(issues(plan, random));
        }
        scenario.put("teams", teams);
        scenario.put("issues", issues);
        scenario.put("promises", List.of(
                promise("field-ops", 40, TODAY.plusDays(9)),
                promise("network", 24, TODAY.plusDays(25)),
                promise("service-desk", 16, TODAY.plusDays(11))));
        return Json.document(scenario);
    }

    private static Map<String, Object> team(TeamPlan plan, Random random) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("key", plan.key());
        team.put("name", plan.name());
        team.put("timeZone", plan.zone());
        team.put("workingDays", WEEK);
        team.put("nonWorkingDates", plan.holidays());
        team.put("focusFactor", plan.focus());
        team.put("warn", plan.warn());
        team.put("critical", 1.0);
        team.put("defaultEstimateHours", plan.defaultEstimate());
        List<Object> members = new ArrayList<>();
        for (String person : plan.people()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("user", person);
            member.put("weeklyHours", List.of(40, 40, 36, 32, 24).get(random.nextInt(5)));
            // About half the people are away for a few days in the coming ten weeks.
            if (random.nextBoolean()) {
                member.put("absences", absence(random));
            }
            members.add(member);
        }
        team.put("members", members);
        return team;
    }

    private static List<String> absence(Random random) {
        LocalDate start = TODAY.plusDays(7 + random.nextInt(63));
        return weekdaysFrom(start, 3 + random.nextInt(3));
    }

    /** {@code count} Monday-to-Friday dates from {@code start} on, as scenario dates: an absence that skips weekends. */
    static List<String> weekdaysFrom(LocalDate start, int count) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = start; days.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day.toString());
            }
        }
        return days;
    }

    private static List<Object> issues(TeamPlan plan, Random random) {
        List<Object> issues = new ArrayList<>();
        for (int number = 101; number < 101 + plan.issues(); number++) {
            String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("key", plan.project() + "-" + number);
            issue.put("team", plan.key());
            issue.put("summary", JOBS.get(random.nextInt(JOBS.size())) + " for " + customer);
            int kind = random.nextInt(100);
            String category = kind < 20 ? "done" : kind < 55 ? "new" : "indeterminate";
            issue.put("status", status(category, random));
            issue.put("statusCategory", category);
            issue.put("priority", PRIORITIES.get(random.nextInt(PRIORITIES.size())));
            issue.put("assignee", plan.people().get(random.nextInt(plan.people().size())));
            // A few unestimated issues, so the default estimate shows.
            if (category.equals("done")) {
                issue.put("remainingHours", 0);
            } else if (random.nextInt(25) > 0) {
                issue.put("remainingHours", HOURS[random.nextInt(HOURS.length)] * plan.scale());
            }
            // Four in five issues carry a promise; the rest are backlog nobody promised.
            if (random.nextInt(5) > 0) {
                LocalDate commitment = TODAY.plusDays(plan.from() + random.nextInt(plan.to() - plan.from() + 1));
                issue.put("commitment", commitment.toString());
                issue.put("customer", customer);
                if (category.equals("indeterminate") && random.nextBoolean()) {
                    LocalDate eta = commitment.plusDays(random.nextInt(9) - 6);
                    issue.put("eta", (eta.isBefore(TODAY) ? TODAY : eta).toString());
                }
            }
            issues.add(issue);
        }
        return issues;
    }

    private static String status(String category, Random random) {
        List<String> names = switch (category) {
            case "done" -> List.of("Done", "Closed");
            case "new" -> List.of("Open", "To Do", "Backlog");
            default -> List.of("In Progress", "Waiting for customer", "In Review");
        };
        return names.get(random.nextInt(names.size()));
    }

    private static Map<String, Object> promise(String team, int hours, LocalDate wished) {
        Map<String, Object> promise = new LinkedHashMap<>();
        promise.put("team", team);
        promise.put("hours", hours);
        promise.put("wished", wished.toString());
        return promise;
    }
}
