package io.promisedesk.workload;

import io.promisedesk.common.Hours;
import io.promisedesk.team.CapacityCalendar;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * A team's committed work judged against its capacity on one day: a snapshot that answers every panel and
 * promise question about the team without recomputing.
 *
 * <p>The team is one pool of capacity working earliest deadline first, which meets every commitment
 * whenever any order does; so the load at a commitment date counts all work due on or before it.
 */
public final class TeamAssessment {
    /** Hours and ratios are reported to this many decimals. */
    public static final int DECIMALS = 4;

    private final Team team;
    private final CapacityCalendar calendar;
    private final List<IssueVerdict> verdicts;
    /** Where each committed issue stands in {@link #verdicts}. */
    private final KeyTable positions;
    /** Distinct commitment dates in order, with the work due through each and where its issues end. */
    private final LocalDate[] dueDates;
    private final long[] workDueUnits;
    private final int[] groupEnds;
    private final Level level;
    private final int unestimatedIssues;
    private final int issuesAtRisk;

    private TeamAssessment(Team team, Collection<WorkItem> items, LocalDate today) {
        this.team = team;
        DeadlineQueue committed = DeadlineQueue.of(items);
        this.calendar = CapacityCalendar.of(team, today);
        long unitsPerMilliHour = calendar.toUnits(new Hours(1));
        Hours defaultEstimate = team.defaultEstimate();

        int count = committed.size();
        IssueVerdict[] ordered = new IssueVerdict[count];
        LocalDate[] dates = new LocalDate[count];
        long[] work = new long[count];
        int[] ends = new int[count];
        int groups = 0;
        Level worst = Level.OK;
        int unestimated = 0;
        int atRisk = 0;
        long cumulativeMillis = 0;
        // Forecasts only move later along the queue: the last one stands while its capacity covers the work so far.
        Optional<LocalDate> forecast = Optional.empty();
        long forecastCapacity = -1;
        int start = 0;
        while (start < count) {
            long dueDay = committed.dueDay(start);
            LocalDate due = committed.item(start).commitment().orElseThrow().date();
            int end = start;
            long groupMillis = cumulativeMillis;
            while (end < count && committed.dueDay(end) == dueDay) {
                groupMillis = Math.addExact(groupMillis, committed.item(end).remainingWork(defaultEstimate).millis());
                end++;
            }
            long dueUnits = Math.multiplyExact(groupMillis, unitsPerMilliHour);
            LoadRatio load = new LoadRatio(dueUnits, calendar.capacityThrough(due));
            Level groupLevel = load.level(team.thresholds());
            // The same for the group's issues until the forecast moves: worked out once, not per issue.
            OptionalLong forecastDistance = distanceFrom(due, forecast);
            for (int i = start; i < end; i++) {
                WorkItem item = committed.item(i);
                Hours remaining = item.remainingWork(defaultEstimate);
                cumulativeMillis += remaining.millis();
                long cumulativeUnits = Math.multiplyExact(cumulativeMillis, unitsPerMilliHour);
                if (cumulativeUnits > forecastCapacity) {
                    forecast = calendar.firstDateReaching(cumulativeUnits);
                    forecastCapacity = forecast.isPresent() ? calendar.capacityThrough(forecast.get()) : Long.MAX_VALUE;
                    forecastDistance = distanceFrom(due, forecast);
                }
                ordered[i] = new IssueVerdict(item, remaining, groupLevel, load, unitsPerMilliHour, forecast,
                        forecastDistance, distanceFrom(due, item.eta()), i);
                if (item.isUnestimated()) {
                    unestimated++;
                }
            }
            if (groupLevel.isAtRisk()) {
                atRisk += end - start;
            }
            worst = worst.worst(groupLevel);
            dates[groups] = due;
            work[groups] = dueUnits;
            ends[groups] = end;
            groups++;
            start = end;
        }
        this.verdicts = Collections.unmodifiableList(Arrays.asList(ordered));
        this.positions = committed.keys();
        this.dueDates = Arrays.copyOf(dates, groups);
        this.workDueUnits = Arrays.copyOf(work, groups);
        this.groupEnds = Arrays.copyOf(ends, groups);
        this.level = worst;
        this.unestimatedIssues = unestimated;
        this.issuesAtRisk = atRisk;
    }

    /** Judges the team's {@code items} on {@code today}; items of other teams must not be among them. */
    public static TeamAssessment assess(Team team, Collection<WorkItem> items, LocalDate today) {
        return new TeamAssessment(team, items, today);
    }

    private OptionalLong distanceFrom(LocalDate commitment, Optional<LocalDate> other) {
        return other.isPresent() ? OptionalLong.of(calendar.workingDaysBetween(commitment, other.get()))
                : OptionalLong.empty();
    }

    public Team team() {
        return team;
    }

    public CapacityCalendar calendar() {
        return calendar;
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** The worst level of any committed issue; OK when nothing is committed. */
    public Level level() {
        return level;
    }

    /** Every committed, unresolved issue in earliest-deadline-first order. */
    public List<IssueVerdict> verdicts() {
        return verdicts;
    }

    public Optional<IssueVerdict> verdictFor(IssueKey key) {
        int position = positions.positionOf(key);
        return position < 0 ? Optional.empty() : Optional.of(verdicts.get(position));
    }

    public int committedIssues() {
        return verdicts.size();
    }

    /** Committed issues nobody estimated: the forecast is only as good as the estimates. */
    public int unestimatedIssues() {
        return unestimatedIssues;
    }

    /** Committed issues whose level is WARNING or worse. */
    public int issuesAtRisk() {
        return issuesAtRisk;
    }

    /** The committed issue whose commitment date carries the highest load: the earliest such date, its first issue. */
    public Optional<IssueVerdict> peak() {
        IssueVerdict peak = null;
        for (int group = 0; group < dueDates.length; group++) {
            IssueVerdict candidate = verdicts.get(group == 0 ? 0 : groupEnds[group - 1]);
            if (peak == null || candidate.load().compareTo(peak.load()) > 0) {
                peak = candidate;
            }
        }
        return Optional.ofNullable(peak);
    }

    /**
     * This assessment as a reader who may browse only the issues {@code browsable} accepts sees it: what lists or
     * counts issues leaves the others out, the team's figures stay whole.
     */
    public VisibleAssessment visibleTo(Predicate<IssueKey> browsable) {
        return new VisibleAssessment(this, browsable);
    }

    /** The committed issues due on or before {@code verdict}'s commitment date, in queue order. */
    List<IssueVerdict> dueBy(IssueVerdict verdict) {
        return verdicts.subList(0, groupEnds[groupOf(verdict.commitmentDate())]);
    }

    /**
     * What the overcommit panel shows for one committed issue to a reader who may browse every issue of the team
     * ({@link VisibleAssessment#riskOf} for any other); empty for an issue this team has not committed.
     */
    public Optional<CommitmentRisk> riskOf(IssueKey key, int contributorLimit) {
        Optional<IssueVerdict> found = verdictFor(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssueVerdict verdict = found.get();
        List<IssueVerdict> due = dueBy(verdict);
        int unestimatedDue = (int) due.stream().filter(IssueVerdict::isUnestimated).count();
        int othersAtRisk = issuesAtRisk - (verdict.level().isAtRisk() ? 1 : 0);
        return Optional.of(new CommitmentRisk(verdict, othersAtRisk, unestimatedDue,
                largestContributors(due, contributorLimit)));
    }

    /** The {@code limit} issues with the most remaining work, ties in queue order; one pass, as the queue may be long. */
    private static List<IssueVerdict> largestContributors(List<IssueVerdict> due, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("the number of contributors must be >= 0, was " + limit);
        }
        List<IssueVerdict> largest = new ArrayList<>(limit + 1);
        for (IssueVerdict candidate : due) {
            if (candidate.remaining().isZero()) {
                continue;
            }
            int place = largest.size();
            while (place > 0 && largest.get(place - 1).remaining().compareTo(candidate.remaining()) < 0) {
                place--;
            }
            if (place < limit) {
                largest.add(place, candidate);
                if (largest.size() > limit) {
                    largest.remove(limit);
                }
            }
        }
        return List.copyOf(largest);
    }

    private int groupOf(LocalDate due) {
        int index = Arrays.binarySearch(dueDates, due);
        if (index < 0) {
            throw new IllegalStateException("no commitment group for " + due);
        }
        return index;
    }

    int dueDateCount() {
        return dueDates.length;
    }

    LocalDate dueDate(int group) {
        return dueDates[group];
    }

    /** Capacity units of committed work due on or before the group's date. */
    long workDueUnits(int group) {
        return workDueUnits[group];
    }
}
