package io.promisedesk.reference;

import io.promisedesk.common.Hours;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A second opinion on the workload engine: the rules of domain.md's "Exact definitions" written the obvious
 * way, walking the calendar one day at a time in exact fractions, sharing no code with the engine.
 *
 * <p>It reads the engine's value classes only as input and deliberately avoids their helpers
 * ({@code Team.isWorkingDay}, {@code IssueKey.compareTo}, {@code WorkItem.remainingWork}, ...), so that a
 * mistake in one of them cannot hide on both sides of a comparison.
 */
public final class DayByDaySimulation {
    /** Forecasts and promises look this far ahead and no further. */
    public static final int HORIZON_YEARS = 5;

    private static final Comparator<WorkItem> BY_COMMITMENT_THEN_KEY = Comparator
            .comparing((WorkItem item) -> item.commitment().orElseThrow().date())
            .thenComparing(item -> item.key().project())
            .thenComparingLong(item -> item.key().number());

    private final Team team;
    private final List<WorkItem> items;
    private final LocalDate today;
    private final LocalDate horizon;
    /** capacityThrough[i]: hours from the start of today to the end of today + i. */
    private final Fraction[] capacityThrough;
    /** W(d) for every commitment date d: the hours of committed work due on or before it. */
    private final TreeMap<LocalDate, Fraction> workDueBy;
    private final List<Verdict> verdicts;

    private DayByDaySimulation(Team team, Collection<WorkItem> items, LocalDate today, LocalDate lastDateNeeded) {
        this.team = team;
        this.items = List.copyOf(items);
        this.today = today;
        this.horizon = today.plusYears(HORIZON_YEARS);

        List<WorkItem> committed = new ArrayList<>();
        for (WorkItem item : items) {
            if (!isResolved(item) && item.commitment().isPresent()) {
                committed.add(item);
            }
        }
        committed.sort(BY_COMMITMENT_THEN_KEY);

        LocalDate lastDay = lastDateNeeded.isAfter(horizon) ? lastDateNeeded : horizon;
        for (WorkItem item : committed) {
            if (commitmentOf(item).isAfter(lastDay)) {
                lastDay = commitmentOf(item);
            }
        }

        this.workDueBy = new TreeMap<>();
        Fraction due = Fraction.ZERO;
        for (WorkItem item : committed) {
            due = due.plus(remainingOf(item));
            workDueBy.put(commitmentOf(item), due);
        }

        Fraction weekdays = Fraction.of(team.workingWeek().days().size(), 1);
        Fraction[] dailyHours = new Fraction[team.members().size()];
        for (int m = 0; m < dailyHours.length; m++) {
            dailyHours[m] = Fraction.of(team.members().get(m).weeklyHours().toBigDecimal()).dividedBy(weekdays);
        }
        Fraction focus = Fraction.of(team.focusFactor().toBigDecimal());
        int days = (int) (lastDay.toEpochDay() - today.toEpochDay()) + 1;
        this.capacityThrough = new Fraction[days];
        LocalDate[] finishedOn = new LocalDate[committed.size()];
        int working = 0;
        Fraction leftOnCurrent = committed.isEmpty() ? null : remainingOf(committed.get(0));
        Fraction total = Fraction.ZERO;
        LocalDate day = today;
        for (int i = 0; i < days; i++, day = day.plusDays(1)) {
            Fraction dayCapacity = capacityOn(day, dailyHours, focus);
            total = total.plus(dayCapacity);
            capacityThrough[i] = total;
            if (day.isAfter(horizon)) {
                continue;
            }
            // Pour the day's hours into the queue, earliest deadline first; what one issue leaves over goes
            // to the next, and an issue with nothing left finishes as soon as everything before it has.
            Fraction pool = dayCapacity;
            while (working < committed.size()) {
                if (leftOnCurrent.compareTo(pool) <= 0) {
                    pool = pool.minus(leftOnCurrent);
                    finishedOn[working] = day;
                    working++;
                    leftOnCurrent = working < committed.size() ? remainingOf(committed.get(working)) : null;
                } else {
                    leftOnCurrent = leftOnCurrent.minus(pool);
                    break;
                }
            }
        }

        List<Verdict> judged = new ArrayList<>(committed.size());
        for (int position = 0; position < committed.size(); position++) {
            WorkItem item = committed.get(position);
            LocalDate commitment = commitmentOf(item);
            Fraction workDue = workDueBy.get(commitment);
            Fraction capacity = capacityThrough(commitment);
            Optional<Fraction> load = loadOf(workDue, capacity);
            Optional<LocalDate> forecast = Optional.ofNullable(finishedOn[position]);
            judged.add(new Verdict(item.key(), remainingOf(item), levelOf(load), load, workDue, capacity, forecast,
                    distance(commitment, forecast), distance(commitment, item.eta()), position,
                    item.estimate().isEmpty()));
        }
        this.verdicts = List.copyOf(judged);
    }

    /** Simulates the team's {@code items} from {@code today} on. */
    public static DayByDaySimulation run(Team team, Collection<WorkItem> items, LocalDate today) {
        return new DayByDaySimulation(team, items, today, today);
    }

    /** Every committed, unresolved issue, earliest deadline first. */
    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** The worst level of any committed issue; OK when nothing is committed. */
    public Level teamLevel() {
        Level worst = Level.OK;
        for (Verdict verdict : verdicts) {
            if (verdict.level().ordinal() > worst.ordinal()) {
                worst = verdict.level();
            }
        }
        return worst;
    }

    public int unestimatedIssues() {
        int count = 0;
        for (Verdict verdict : verdicts) {
            if (verdict.unestimated()) {
                count++;
            }
        }
        return count;
    }

    public int issuesAtRisk() {
        int count = 0;
        for (Verdict verdict : verdicts) {
            if (verdict.level() != Level.OK) {
                count++;
            }
        }
        return count;
    }

    /** Hours the team has from the start of today to the end of {@code date}; zero for a date before today. */
    public Fraction capacityThrough(LocalDate date) {
        if (date.isBefore(today)) {
            return Fraction.ZERO;
        }
        return capacityThrough[(int) (date.toEpochDay() - today.toEpochDay())];
    }

    /** Hours of committed work due on or before {@code date}. */
    public Fraction workDueBy(LocalDate date) {
        Map.Entry<LocalDate, Fraction> dueByThen = workDueBy.floorEntry(date);
        return dueByThen == null ? Fraction.ZERO : dueByThen.getValue();
    }

    /** Hours of all committed work. */
    public Fraction workDue() {
        return workDueBy.isEmpty() ? Fraction.ZERO : workDueBy.lastEntry().getValue();
    }

    /**
     * "Can we promise this?" by trial: the wished date, then every later date up to the horizon in turn, adding
     * the work due that date and checking the load there and at every later commitment date.
     */
    public Promise promise(Hours hours, LocalDate wished) {
        if (wished.toEpochDay() - today.toEpochDay() >= capacityThrough.length) {
            // A wished date beyond the horizon may be asked about; walk the calendar on through it.
            return new DayByDaySimulation(team, items, today, wished).promise(hours, wished);
        }
        Fraction extra = Fraction.of(hours.toBigDecimal());
        if (fitsAt(extra, wished)) {
            return new Promise(true, Optional.of(wished));
        }
        for (LocalDate later = wished.plusDays(1); !later.isAfter(horizon); later = later.plusDays(1)) {
            if (fitsAt(extra, later)) {
                return new Promise(false, Optional.of(later));
            }
        }
        return new Promise(false, Optional.empty());
    }

    private boolean fitsAt(Fraction extra, LocalDate date) {
        if (!belowCritical(workDueBy(date).plus(extra), capacityThrough(date))) {
            return false;
        }
        for (Map.Entry<LocalDate, Fraction> later : workDueBy.tailMap(date, false).entrySet()) {
            if (!belowCritical(later.getValue().plus(extra), capacityThrough(later.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code work / capacity < critical}, multiplied out: the trial runs this a great many times. */
    private boolean belowCritical(Fraction work, Fraction capacity) {
        if (capacity.isZero()) {
            return work.isZero();
        }
        return work.compareTo(critical().times(capacity)) < 0;
    }

    private Fraction capacityOn(LocalDate day, Fraction[] dailyHours, Fraction focus) {
        boolean teamWorks = team.workingWeek().days().contains(day.getDayOfWeek())
                && !team.nonWorkingDates().contains(day);
        if (!teamWorks) {
            return Fraction.ZERO;
        }
        Fraction hours = Fraction.ZERO;
        for (int m = 0; m < dailyHours.length; m++) {
            if (!team.members().get(m).absences().contains(day)) {
                hours = hours.plus(dailyHours[m]);
            }
        }
        return hours.times(focus);
    }

    /** Empty when infinite: work is due and there is no capacity to do it in. */
    private static Optional<Fraction> loadOf(Fraction work, Fraction capacity) {
        if (capacity.isZero()) {
            return work.isZero() ? Optional.of(Fraction.ZERO) : Optional.empty();
        }
        return Optional.of(work.dividedBy(capacity));
    }

    private Level levelOf(Optional<Fraction> load) {
        if (load.isEmpty() || load.get().compareTo(critical()) >= 0) {
            return Level.OVERCOMMITTED;
        }
        return load.get().compareTo(Fraction.of(team.thresholds().warn())) >= 0 ? Level.WARNING : Level.OK;
    }

    private Fraction critical() {
        return Fraction.of(team.thresholds().critical());
    }

    /** Working days in (from, to] counted one by one, negated when {@code to} comes first. */
    private OptionalLong distance(LocalDate from, Optional<LocalDate> to) {
        if (to.isEmpty()) {
            return OptionalLong.empty();
        }
        LocalDate earlier = to.get().isBefore(from) ? to.get() : from;
        LocalDate later = to.get().isBefore(from) ? from : to.get();
        long count = 0;
        for (LocalDate day = earlier.plusDays(1); !day.isAfter(later); day = day.plusDays(1)) {
            if (team.workingWeek().days().contains(day.getDayOfWeek()) && !team.nonWorkingDates().contains(day)) {
                count++;
            }
        }
        return OptionalLong.of(to.get().isBefore(from) ? -count : count);
    }

    private Fraction remainingOf(WorkItem item) {
        if (isResolved(item)) {
            return Fraction.ZERO;
        }
        return Fraction.of(item.estimate().orElse(team.defaultEstimate()).toBigDecimal());
    }

    private static boolean isResolved(WorkItem item) {
        return item.statusCategory().jiraKey().equals("done");
    }

    private static LocalDate commitmentOf(WorkItem item) {
        return item.commitment().orElseThrow().date();
    }

    /**
     * The simulation's verdict on one committed issue, field for field what the engine's {@code IssueVerdict}
     * reports, but exact: the load is empty when infinite.
     *
     * @param unestimated nobody estimated it, so it counts the team's default
     */
    public record Verdict(
            IssueKey key,
            Fraction remaining,
            Level level,
            Optional<Fraction> load,
            Fraction workDue,
            Fraction capacity,
            Optional<LocalDate> forecast,
            OptionalLong forecastVsCommitment,
            OptionalLong etaVsCommitment,
            int position,
            boolean unestimated) {
    }

    /** The trial-and-error answer to "can we promise this?". */
    public record Promise(boolean feasible, Optional<LocalDate> earliest) {
    }
}
