package io.promisedesk.workload;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.common.Decimal;
import io.promisedesk.common.Hours;
import io.promisedesk.work.WorkItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The engine's verdict on one committed issue: its level from the load at its commitment date, the numbers
 * behind it and when the team can finish it if it works earliest deadline first.
 *
 * @param item                       the issue as assessed
 * @param remaining                  the work left on it, the team's default when unestimated
 * @param level                      the level of the load at the commitment date
 * @param load                       the load ratio at the commitment date
 * @param unitsPerMilliHour          the team's capacity units in a thousandth of an hour, to turn the load into hours
 * @param forecast                   when the team finishes it, empty beyond the horizon
 * @param forecastVsCommitment       working days from the commitment to the forecast, negative when earlier
 * @param etaVsCommitment            working days from the commitment to the technicians' ETA, when there is one
 * @param position                   its place in the earliest-deadline-first order, from 0
 */
public record IssueVerdict(
        WorkItem item,
        Hours remaining,
        Level level,
        LoadRatio load,
        long unitsPerMilliHour,
        Optional<LocalDate> forecast,
        OptionalLong forecastVsCommitment,
        OptionalLong etaVsCommitment,
        int position) {

    /** Hours of committed work due on or before the commitment date, exactly. */
    public BigDecimal workDue() {
        return Decimal.fromMilli(load.work() / unitsPerMilliHour);
    }

    /** The team's hours from today through the commitment date, rounded half up to four decimals. */
    public BigDecimal capacity() {
        return Decimal.ratio(load.capacity(), unitsPerMilliHour * Decimal.ONE, TeamAssessment.DECIMALS);
    }

    public Commitment commitment() {
        return item.commitment().orElseThrow();
    }

    public LocalDate commitmentDate() {
        return commitment().date();
    }

    public boolean isUnestimated() {
        return item.isUnestimated();
    }

    /** The forecast lands after the promised date. */
    public boolean isForecastLate() {
        return forecast.map(date -> date.isAfter(commitmentDate())).orElse(true);
    }
}
