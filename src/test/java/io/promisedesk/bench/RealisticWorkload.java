package io.promisedesk.bench;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.Hours;
import io.promisedesk.team.FocusFactor;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.team.Thresholds;
import io.promisedesk.team.WorkingWeek;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Teams and work items that look like a service desk's, generated from a seed so that every benchmark run
 * measures exactly the same input: 5-10 members on mostly full-time weeks with holidays, vacations and sick
 * days, and a queue that is mostly done, with 10-50% of the issues carrying a commitment.
 */
public final class RealisticWorkload {
    public static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    public static final long SEED = 42L;

    private static final double[] WEEKLY_HOURS = {40, 40, 40, 40, 38, 36, 32, 24, 20};
    private static final double[] ESTIMATES = {0.5, 1, 2, 3, 4, 6, 8, 8, 12, 16, 24, 40};
    private static final String[] CUSTOMERS = {"ACME", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne"};
    /** Fixed public holidays, repeated every year the calendar covers. */
    private static final int[][] HOLIDAYS = {{1, 1}, {4, 27}, {5, 1}, {5, 5}, {12, 25}, {12, 26}};

    /** One team and every work item in its scope. */
    public record TeamWork(Team team, List<WorkItem> items) {
    }

    private RealisticWorkload() {
    }

    /** {@code totalItems} work items spread evenly over {@code teams} teams. */
    public static List<TeamWork> generate(int teams, int totalItems) {
        Random random = new Random(SEED);
        List<TeamWork> world = new ArrayList<>(teams);
        for (int t = 0; t < teams; t++) {
            int items = totalItems / teams + (t < totalItems % teams ? 1 : 0);
            Team team = team(random, t);
            world.add(new TeamWork(team, items(random, projectKey(t), items)));
        }
        return List.copyOf(world);
    }

    private static Team team(Random random, int index) {
        Set<DayOfWeek> week = random.nextInt(10) == 0
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = TODAY.getYear(); year <= TODAY.getYear() + 6; year++) {
            for (int[] holiday : HOLIDAYS) {
                holidays.add(LocalDate.of(year, holiday[0], holiday[1]));
            }
            // Moving feasts and regional days differ per year and team.
            for (int extra = 0; extra < 4; extra++) {
                holidays.add(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
            }
        }
        int size = 5 + random.nextInt(6);
        List<Member> members = new ArrayList<>(size);
        for (int m = 0; m < size; m++) {
            members.add(new Member("user" + index + "_" + m,
                    Hours.of(WEEKLY_HOURS[random.nextInt(WEEKLY_HOURS.length)]), absences(random)));
        }
        return new Team(new TeamKey("team-" + index), "Team " + index, ZoneId.of("Europe/Amsterdam"),
                new WorkingWeek(week), holidays, new FocusFactor(600 + random.nextInt(251)), Thresholds.DEFAULT,
                Hours.of(8), members);
    }

    /** Two or three vacations in the coming year, a few sick days soon and a training day or two. */
    private static Set<LocalDate> absences(Random random) {
        Set<LocalDate> away = new HashSet<>();
        int vacations = 2 + random.nextInt(2);
        for (int v = 0; v < vacations; v++) {
            LocalDate start = TODAY.plusDays(random.nextInt(365));
            int length = 5 + random.nextInt(10);
            for (int d = 0; d < length; d++) {
                away.add(start.plusDays(d));
            }
        }
        for (int s = 0; s < 3; s++) {
            away.add(TODAY.plusDays(random.nextInt(60)));
        }
        for (int s = 0; s < 1 + random.nextInt(2); s++) {
            away.add(TODAY.plusDays(random.nextInt(180)));
        }
        return away;
    }

    /**
     * Most of a queue is done; of the open issues each team has promised a different share, so that some teams
     * are comfortable and some overcommitted. A few commitments are already past.
     */
    private static List<WorkItem> items(Random random, String project, int count) {
        int committedPercent = 10 + random.nextInt(41);
        List<WorkItem> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int pick = random.nextInt(20);
            StatusCategory category = pick < 11 ? StatusCategory.DONE
                    : pick < 15 ? StatusCategory.IN_PROGRESS : StatusCategory.NEW;
            String status = category == StatusCategory.DONE ? "Done"
                    : category == StatusCategory.NEW ? "Open" : "In Progress";
            WorkItem.Builder item = WorkItem.builder(new IssueKey(project, i), category)
                    .summary("Issue " + i + " of " + project)
                    .status(status)
                    .remaining(random.nextInt(100) < 15 ? null : Hours.of(ESTIMATES[random.nextInt(ESTIMATES.length)]));
            if (random.nextInt(100) < committedPercent) {
                LocalDate due = random.nextInt(150) == 0
                        ? TODAY.minusDays(1 + random.nextInt(14))
                        : TODAY.plusDays(random.nextInt(270));
                item.commitment(Commitment.of(due, CUSTOMERS[random.nextInt(CUSTOMERS.length)]));
                if (random.nextBoolean()) {
                    item.eta(due.plusDays(random.nextInt(21) - 10));
                }
            }
            items.add(item.build());
        }
        return items;
    }

    /** Project keys A, B, ..., Z, AA, AB, ... so that every team has its own. */
    private static String projectKey(int index) {
        StringBuilder key = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            key.insert(0, (char) ('A' + i % 26));
        }
        return "P" + key;
    }
}
