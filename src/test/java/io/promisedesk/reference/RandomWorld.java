package io.promisedesk.reference;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A random team, its work items and a today, reproducible from one seed; printed in full when a comparison
 * fails so the case can be rebuilt by hand.
 */
final class RandomWorld {
    private static final LocalDate EARLIEST_TODAY = LocalDate.parse("2024-01-01");
    private static final String[] PROJECTS = {"OPS", "AB", "ABC", "B", "OPS2", "Z"};
    private static final double[] ROUND_WEEKLY_HOURS = {40, 32, 36, 24, 20, 16, 8, 38, 37.5};
    private static final double[] ROUND_FOCUS = {1.0, 0.8, 0.7, 0.75, 0.5};
    private static final double[] ROUND_ESTIMATES = {1, 2, 4, 8, 16, 24, 40};

    final long seed;
    final LocalDate today;
    final Team team;
    final List<WorkItem> items;

    private RandomWorld(long seed, LocalDate today, Team team, List<WorkItem> items) {
        this.seed = seed;
        this.today = today;
        this.team = team;
        this.items = List.copyOf(items);
    }

    /**
     * Anything the rules allow: 1-6 members with round or odd weekly hours, odd working weeks, absences,
     * non-working dates, focus and thresholds that make exact ties likely, and 0-30 items with past, shared,
     * far-off and missing commitment dates, unestimated, zero-hour and resolved ones.
     */
    static RandomWorld anything(long seed) {
        Random random = new Random(seed);
        if (random.nextInt(5) == 0) {
            return round(seed, random);
        }
        LocalDate today = EARLIEST_TODAY.plusDays(random.nextInt(4 * 365));
        // One team in ten has barely any hours, so that forecasts run past the five-year horizon.
        boolean starved = random.nextInt(10) == 0;
        Set<DayOfWeek> week = randomWeek(random);
        int memberCount = 1 + random.nextInt(6);
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            Hours weekly = starved ? new Hours(random.nextInt(2_000)) : randomWeeklyHours(random);
            Set<LocalDate> absences = randomDates(random, today.minusDays(10), 210, random.nextInt(13));
            members.add(new Member("user" + m, weekly, absences));
        }
        Set<LocalDate> nonWorking = randomDates(random, today.minusDays(10), 410, random.nextInt(11));
        Team team = new Team(new TeamKey("team" + seed), null, ZoneOffset.UTC, new WorkingWeek(week), nonWorking,
                randomFocus(random), randomThresholds(random), randomEstimate(random), members);

        int itemCount = random.nextInt(31);
        List<WorkItem> items = new ArrayList<>();
        List<LocalDate> commitments = new ArrayList<>();
        Set<IssueKey> keys = new HashSet<>();
        while (items.size() < itemCount) {
            IssueKey key = new IssueKey(PROJECTS[random.nextInt(PROJECTS.length)], 1 + random.nextInt(120));
            if (!keys.add(key)) {
                continue;
            }
            WorkItem.Builder item = WorkItem.builder(key, randomCategory(random)).remaining(randomRemaining(random));
            if (random.nextInt(4) != 0) {
                LocalDate commitment = randomCommitment(random, today, commitments);
                commitments.add(commitment);
                item.commitment(Commitment.of(commitment, random.nextBoolean() ? "ACME" : null));
                if (random.nextBoolean()) {
                    item.eta(commitment.plusDays(random.nextInt(61) - 30));
                }
            } else if (random.nextInt(3) == 0) {
                item.eta(today.plusDays(random.nextInt(200)));
            }
            items.add(item.build());
        }
        if (random.nextInt(6) == 0) {
            items.add(workEndingAtTheHorizon(random, team, items, today));
        }
        return new RandomWorld(seed, today, team, items);
    }

    /**
     * One more issue, due after all others, sized so that the cumulative work ends a thousandth of an hour before,
     * on or after the capacity through the last day of the horizon: a forecast on that day or none at all.
     */
    private static WorkItem workEndingAtTheHorizon(Random random, Team team, List<WorkItem> items, LocalDate today) {
        LocalDate horizon = today.plusYears(DayByDaySimulation.HORIZON_YEARS);
        Fraction capacity = DayByDaySimulation.run(team, List.of(), today).capacityThrough(horizon);
        Fraction committed = Fraction.ZERO;
        for (WorkItem item : items) {
            if (item.statusCategory() != StatusCategory.DONE && item.commitment().isPresent()) {
                committed = committed.plus(Fraction.of(item.estimate().orElse(team.defaultEstimate()).toBigDecimal()));
            }
        }
        long millis = capacity.minus(committed).times(Fraction.of(1_000, 1)).rounded(0).longValue()
                + random.nextInt(3) - 1;
        return WorkItem.builder(new IssueKey("ZZ", 1), StatusCategory.IN_PROGRESS)
                .remaining(new Hours(Math.max(0, Math.min(Hours.MAX_MILLIS, millis))))
                .commitment(Commitment.of(horizon.plusDays(10), "ACME"))
                .build();
    }

    /**
     * Multiples of four hours on a team of 40-hour weeks, so that loads land exactly on a threshold and the engine's
     * "at or above" must be exact rather than close.
     */
    private static RandomWorld round(long seed, Random random) {
        LocalDate today = EARLIEST_TODAY.plusDays(random.nextInt(4 * 365));
        int memberCount = 1 + random.nextInt(3);
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            members.add(new Member("user" + m, Hours.of(40), randomDates(random, today, 60, random.nextInt(3))));
        }
        Thresholds thresholds = random.nextBoolean()
                ? Thresholds.DEFAULT
                : new Thresholds(250 * (1 + random.nextInt(3)), 1_000);
        Team team = new Team(new TeamKey("round" + seed), null, ZoneOffset.UTC, WorkingWeek.MONDAY_TO_FRIDAY,
                randomDates(random, today, 60, random.nextInt(3)), FocusFactor.of(random.nextBoolean() ? 1.0 : 0.5),
                thresholds, Hours.of(8), members);
        List<WorkItem> items = new ArrayList<>();
        int itemCount = random.nextInt(31);
        for (int i = 1; i <= itemCount; i++) {
            items.add(WorkItem.builder(new IssueKey("OPS", i), StatusCategory.IN_PROGRESS)
                    .remaining(random.nextInt(6) == 0 ? null : Hours.of(4 * random.nextInt(5)))
                    .commitment(Commitment.of(today.plusDays(random.nextInt(60)), "ACME"))
                    .build());
        }
        return new RandomWorld(seed, today, team, items);
    }

    /**
     * A small team with up to {@code maxCommitted} committed issues due within a few weeks from today on, sized
     * so that about half the worlds can meet every date and half cannot.
     */
    static RandomWorld small(long seed, int maxCommitted) {
        Random random = new Random(seed);
        LocalDate today = EARLIEST_TODAY.plusDays(random.nextInt(4 * 365));
        Set<DayOfWeek> week = random.nextBoolean()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : randomWeek(random);
        int memberCount = 1 + random.nextInt(3);
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            Set<LocalDate> absences = randomDates(random, today, 30, random.nextInt(4));
            members.add(new Member("user" + m, randomWeeklyHours(random), absences));
        }
        Team team = new Team(new TeamKey("small" + seed), null, ZoneOffset.UTC, new WorkingWeek(week),
                randomDates(random, today, 30, random.nextInt(3)), randomFocus(random), Thresholds.DEFAULT,
                Hours.of(8), members);

        int committed = 1 + random.nextInt(maxCommitted);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 1; i <= committed; i++) {
            Hours remaining = random.nextInt(8) == 0 ? null
                    : random.nextBoolean() ? Hours.of(ROUND_ESTIMATES[random.nextInt(ROUND_ESTIMATES.length)])
                    : new Hours(random.nextInt(40_000));
            items.add(WorkItem.builder(new IssueKey(PROJECTS[random.nextInt(2)], i), StatusCategory.IN_PROGRESS)
                    .remaining(remaining)
                    .commitment(Commitment.of(today.plusDays(random.nextInt(22)), "ACME"))
                    .build());
        }
        // Uncommitted and resolved issues must not change the verdict.
        items.add(WorkItem.builder(new IssueKey("ZZ", 1), StatusCategory.NEW).remaining(Hours.of(500)).build());
        items.add(WorkItem.builder(new IssueKey("ZZ", 2), StatusCategory.DONE).remaining(Hours.of(500))
                .commitment(Commitment.of(today, "ACME")).build());
        return new RandomWorld(seed, today, team, items);
    }

    private static Set<DayOfWeek> randomWeek(Random random) {
        if (random.nextInt(10) < 6) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextBoolean()) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            days.add(DayOfWeek.values()[random.nextInt(7)]);
        }
        return days;
    }

    private static Hours randomWeeklyHours(Random random) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return Hours.ZERO;
        }
        if (pick < 12) {
            return Hours.of(ROUND_WEEKLY_HOURS[random.nextInt(ROUND_WEEKLY_HOURS.length)]);
        }
        return new Hours(1 + random.nextInt(60_000));
    }

    private static FocusFactor randomFocus(Random random) {
        int pick = random.nextInt(30);
        if (pick == 0) {
            return new FocusFactor(1 + random.nextInt(100));
        }
        if (pick < 15) {
            return FocusFactor.of(ROUND_FOCUS[random.nextInt(ROUND_FOCUS.length)]);
        }
        return new FocusFactor(500 + random.nextInt(501));
    }

    private static Thresholds randomThresholds(Random random) {
        int pick = random.nextInt(4);
        if (pick < 2) {
            return Thresholds.DEFAULT;
        }
        if (pick == 2) {
            return new Thresholds(100 + random.nextInt(900), 1_000);
        }
        long warn = 200 + random.nextInt(1_300);
        return new Thresholds(warn, Math.min(Thresholds.MAX_MILLI, warn + 1 + random.nextInt(1_000)));
    }

    private static Hours randomEstimate(Random random) {
        return random.nextInt(3) == 0
                ? new Hours(random.nextInt(20_000))
                : Hours.of(ROUND_ESTIMATES[random.nextInt(ROUND_ESTIMATES.length)]);
    }

    private static StatusCategory randomCategory(Random random) {
        int pick = random.nextInt(20);
        return pick < 3 ? StatusCategory.DONE : pick < 11 ? StatusCategory.IN_PROGRESS : StatusCategory.NEW;
    }

    /** Null for an unestimated issue. */
    private static Hours randomRemaining(Random random) {
        int pick = random.nextInt(20);
        if (pick < 4) {
            return null;
        }
        if (pick < 6) {
            return Hours.ZERO;
        }
        if (pick < 13) {
            return Hours.of(ROUND_ESTIMATES[random.nextInt(ROUND_ESTIMATES.length)]);
        }
        return new Hours(1 + random.nextInt(80_000));
    }

    private static LocalDate randomCommitment(Random random, LocalDate today, List<LocalDate> earlier) {
        int pick = random.nextInt(100);
        if (pick < 30 && !earlier.isEmpty()) {
            return earlier.get(random.nextInt(earlier.size()));
        }
        if (pick < 40) {
            return today.minusDays(1 + random.nextInt(30));
        }
        if (pick < 45) {
            return today;
        }
        if (pick < 48) {
            return today.plusYears(DayByDaySimulation.HORIZON_YEARS).plusDays(random.nextInt(11) - 5);
        }
        return today.plusDays(1 + random.nextInt(150));
    }

    private static Set<LocalDate> randomDates(Random random, LocalDate from, int span, int count) {
        Set<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = from.plusDays(random.nextInt(span));
            // Now and then a block, like a holiday week.
            int length = random.nextInt(5) == 0 ? 1 + random.nextInt(10) : 1;
            for (int d = 0; d < length; d++) {
                dates.add(start.plusDays(d));
            }
        }
        return dates;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("world seed=").append(seed).append(" today=").append(today)
                .append("\n  week=").append(new TreeSet<>(team.workingWeek().days()))
                .append(" nonWorking=").append(new TreeSet<>(team.nonWorkingDates()))
                .append(" focus=").append(team.focusFactor().toBigDecimal())
                .append(" warn=").append(team.thresholds().warn())
                .append(" critical=").append(team.thresholds().critical())
                .append(" defaultEstimate=").append(team.defaultEstimate());
        for (Member member : team.members()) {
            text.append("\n  member ").append(member.user()).append(' ').append(member.weeklyHours())
                    .append(" absent ").append(new TreeSet<>(member.absences()));
        }
        for (WorkItem item : items) {
            text.append("\n  ").append(item);
        }
        return text.toString();
    }
}
