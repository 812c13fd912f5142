package io.promisedesk.admin;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.Hours;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A change to a team that is tried, never saved: one member away for a date range, hours a week added to one member,
 * or both; applied to a copy of the team so the engine can assess it as it would the saved one.
 */
public final class WhatIf {
    /** Hours a week one what-if may add to a member, as the team form allows a member's week. */
    public static final int MAX_EXTRA_HOURS = 80;
    /** A longer absence is no longer a what-if for the coming weeks but a change of team. */
    public static final int MAX_ABSENCE_DAYS = 366;

    private WhatIf() {
    }

    /** The outcome of reading the form against the team. */
    public sealed interface Outcome permits Changed, Refused {
    }

    /** The team as it would be under the what-if. */
    public record Changed(Team team) implements Outcome {
        public Changed {
            Require.present(team, "team");
        }
    }

    /** What was wrong, one message per field of {@link WhatIfForm}, {@code FormErrors.FORM} when nothing was asked. */
    public record Refused(FormErrors errors) implements Outcome {
        public Refused {
            Require.present(errors, "errors");
        }
    }

    /** The team with the form's changes, or every field's error; the team given is left as it is. */
    public static Outcome apply(Team team, WhatIfForm form) {
        Require.present(team, "team");
        Require.present(form, "form");
        Map<String, Message> errors = new LinkedHashMap<>();
        if (!form.asksAbsence() && !form.asksHours()) {
            errors.put(FormErrors.FORM, Message.of("promisedesk.whatif.error.nothing"));
            return new Refused(new FormErrors(errors));
        }
        Optional<Member> absent = Optional.empty();
        Set<LocalDate> away = Set.of();
        if (form.asksAbsence()) {
            absent = member(team, form.absentMember(), WhatIfForm.ABSENT_MEMBER, errors);
            Optional<LocalDate> from = date(form.from(), WhatIfForm.FROM, errors);
            Optional<LocalDate> to = date(form.to(), WhatIfForm.TO, errors);
            if (from.isPresent() && to.isPresent()) {
                away = range(from.get(), to.get(), errors);
            }
        }
        Optional<Member> helped = Optional.empty();
        Hours extra = Hours.ZERO;
        if (form.asksHours()) {
            helped = member(team, form.hoursMember(), WhatIfForm.HOURS_MEMBER, errors);
            extra = hours(form.hours(), errors);
            if (helped.isPresent() && !errors.containsKey(WhatIfForm.HOURS)
                    && helped.get().weeklyHours().millis() + extra.millis() > Member.MAX_WEEKLY_MILLIS) {
                errors.put(WhatIfForm.HOURS, Message.of("promisedesk.whatif.error.hours.week", helped.get().user(),
                        helped.get().weeklyHours().toBigDecimal(), Member.MAX_WEEKLY_MILLIS / Decimal.ONE));
            }
        }
        if (!errors.isEmpty()) {
            return new Refused(new FormErrors(errors));
        }
        List<Member> members = new ArrayList<>();
        for (Member member : team.members()) {
            Set<LocalDate> absences = member.absences();
            Hours weekly = member.weeklyHours();
            if (absent.isPresent() && absent.get().user().equals(member.user())) {
                absences = new HashSet<>(absences);
                absences.addAll(away);
            }
            if (helped.isPresent() && helped.get().user().equals(member.user())) {
                weekly = new Hours(weekly.millis() + extra.millis());
            }
            members.add(new Member(member.user(), weekly, absences));
        }
        return new Changed(new Team(team.key(), team.name(), team.timeZone(), team.workingWeek(), team.nonWorkingDates(),
                team.focusFactor(), team.thresholds(), team.defaultEstimate(), members));
    }

    private static Optional<Member> member(Team team, String user, String field, Map<String, Message> errors) {
        if (user.isEmpty()) {
            errors.put(field, Message.of("promisedesk.whatif.error.member.missing"));
            return Optional.empty();
        }
        Optional<Member> found = team.members().stream().filter(member -> member.user().equals(user)).findFirst();
        if (found.isEmpty()) {
            errors.put(field, Message.of("promisedesk.whatif.error.member.unknown", user, team.name()));
        }
        return found;
    }

    private static Optional<LocalDate> date(String text, String field, Map<String, Message> errors) {
        if (text.isEmpty()) {
            errors.put(field, Message.of("promisedesk.whatif.error.date.missing"));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException unreadable) {
            errors.put(field, Message.of("promisedesk.whatif.error.date.unreadable", text));
            return Optional.empty();
        }
    }

    /** Every date from {@code from} through {@code to}; the member is away on each, working day or not. */
    private static Set<LocalDate> range(LocalDate from, LocalDate to, Map<String, Message> errors) {
        if (to.isBefore(from)) {
            errors.put(WhatIfForm.TO, Message.of("promisedesk.whatif.error.to.beforeFrom", to, from));
            return Set.of();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_ABSENCE_DAYS) {
            errors.put(WhatIfForm.TO, Message.of("promisedesk.whatif.error.range.tooLong", MAX_ABSENCE_DAYS));
            return Set.of();
        }
        Set<LocalDate> dates = new HashSet<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            dates.add(date);
        }
        return dates;
    }

    private static Hours hours(String text, Map<String, Message> errors) {
        BigDecimal hours;
        try {
            hours = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException unreadable) {
            errors.put(WhatIfForm.HOURS, Message.of("promisedesk.whatif.error.hours.range", text, MAX_EXTRA_HOURS));
            return Hours.ZERO;
        }
        if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(MAX_EXTRA_HOURS)) > 0) {
            errors.put(WhatIfForm.HOURS, Message.of("promisedesk.whatif.error.hours.range", text, MAX_EXTRA_HOURS));
            return Hours.ZERO;
        }
        return Hours.of(hours);
    }
}
