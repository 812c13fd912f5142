package io.promisedesk.workload;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.CapacityCalendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Answers "can we promise this?" on a team's assessment in one pass: between two commitment dates the work
 * due is flat while capacity grows, so each stretch needs one binary search, and a suffix minimum of slack
 * tells whether every later commitment stays below critical.
 */
public final class PromiseCheck {
    private PromiseCheck() {
    }

    /** Whether {@code hours} more work due at {@code wished} keeps every commitment from then on below critical. */
    public static PromiseAnswer check(TeamAssessment assessment, Hours hours, LocalDate wished) {
        if (hours.isZero()) {
            throw new InvalidValueException("hours", "promisedesk.error.promise.hours", "must be > 0, was 0");
        }
        if (wished.isBefore(assessment.today())) {
            throw new InvalidValueException("wished", "promisedesk.error.promise.past",
                    "must not be before today " + assessment.today() + ", was " + wished, wished, assessment.today());
        }
        CapacityCalendar calendar = assessment.calendar();
        long extra = calendar.toUnits(hours);
        long critical = assessment.team().thresholds().criticalMilli();
        int groups = assessment.dueDateCount();

        // slackAfter[g]: the least room left below critical at any commitment date from group g on.
        long[] slackAfter = new long[groups + 1];
        slackAfter[groups] = Long.MAX_VALUE;
        for (int group = groups - 1; group >= 0; group--) {
            long criticalWork = Decimal.ceilDiv(
                    Math.multiplyExact(critical, calendar.capacityThrough(assessment.dueDate(group))), Decimal.ONE);
            slackAfter[group] = Math.min(slackAfter[group + 1], criticalWork - assessment.workDueUnits(group));
        }

        int group = groupsOnOrBefore(assessment, wished);
        if (fitsAt(calendar, wished, group, assessment, extra, critical, slackAfter)) {
            return new PromiseAnswer(hours, wished, true, Optional.of(wished));
        }
        LocalDate from = wished.plusDays(1);
        group = groupsOnOrBefore(assessment, from);
        while (!from.isAfter(calendar.horizon())) {
            LocalDate nextDue = group < groups ? assessment.dueDate(group) : null;
            LocalDate to = nextDue == null || nextDue.isAfter(calendar.horizon())
                    ? calendar.horizon() : nextDue.minusDays(1);
            if (slackAfter[group] > extra) {
                long needed = capacityNeeded(workDueBefore(assessment, group) + extra, critical);
                Optional<LocalDate> earliest = calendar.firstDateAbove(needed, from, to);
                if (earliest.isPresent()) {
                    return new PromiseAnswer(hours, wished, false, earliest);
                }
            }
            if (nextDue == null) {
                break;
            }
            from = nextDue;
            group++;
        }
        return new PromiseAnswer(hours, wished, false, Optional.empty());
    }

    private static boolean fitsAt(CapacityCalendar calendar, LocalDate date, int group, TeamAssessment assessment,
                                  long extra, long critical, long[] slackAfter) {
        if (slackAfter[group] <= extra) {
            return false;
        }
        return calendar.capacityThrough(date) > capacityNeeded(workDueBefore(assessment, group) + extra, critical);
    }

    /** The capacity that work must stay strictly below critical of: load < critical iff capacity > this. */
    private static long capacityNeeded(long work, long criticalMilli) {
        return Math.floorDiv(Math.multiplyExact(work, Decimal.ONE), criticalMilli);
    }

    private static long workDueBefore(TeamAssessment assessment, int group) {
        return group == 0 ? 0 : assessment.workDueUnits(group - 1);
    }

    /** How many distinct commitment dates lie on or before {@code date}. */
    private static int groupsOnOrBefore(TeamAssessment assessment, LocalDate date) {
        int low = 0;
        int high = assessment.dueDateCount();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (assessment.dueDate(middle).isAfter(date)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
