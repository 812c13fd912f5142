package io.promisedesk.team;

import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The people who work one queue of issues and the calendar they work by; it has at least one member and
 * no member twice.
 */
public record Team(
        TeamKey key,
        String name,
        ZoneId timeZone,
        WorkingWeek workingWeek,
        Set<LocalDate> nonWorkingDates,
        FocusFactor focusFactor,
        Thresholds thresholds,
        Hours defaultEstimate,
        List<Member> members) {

    public static final Hours STANDARD_DEFAULT_ESTIMATE = Hours.of(8);

    public Team {
        Require.present(key, "key");
        name = name == null || name.isBlank() ? key.value() : Require.notBlank(name, "name", 255);
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        workingWeek = workingWeek == null ? WorkingWeek.MONDAY_TO_FRIDAY : workingWeek;
        nonWorkingDates = nonWorkingDates == null ? Set.of() : Set.copyOf(nonWorkingDates);
        focusFactor = focusFactor == null ? FocusFactor.FULL : focusFactor;
        thresholds = thresholds == null ? Thresholds.DEFAULT : thresholds;
        defaultEstimate = defaultEstimate == null ? STANDARD_DEFAULT_ESTIMATE : defaultEstimate;
        members = members == null ? List.of() : List.copyOf(members);
        if (members.isEmpty()) {
            throw new InvalidValueException("members", "promisedesk.error.team.noMembers",
                    "must name at least one member");
        }
        Set<String> users = new HashSet<>();
        for (Member member : members) {
            if (!users.add(member.user())) {
                throw new InvalidValueException("members", "promisedesk.error.team.duplicateMember",
                        "must name each user once, \"" + member.user() + "\" is there twice", member.user());
            }
        }
    }

    /** Today as the team experiences it: the date in the team's time zone at the clock's instant. */
    public LocalDate today(Clock clock) {
        return clock.instant().atZone(timeZone).toLocalDate();
    }

    /** Whether the team works on this date: a working weekday that is not one of its non-working dates. */
    public boolean isWorkingDay(LocalDate date) {
        return workingWeek.isWorkingDay(date) && !nonWorkingDates.contains(date);
    }
}
