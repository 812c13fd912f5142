package io.promisedesk.settings;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.team.FocusFactor;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.team.Thresholds;
import io.promisedesk.team.WorkingWeek;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.promisedesk.settings.FormFields.parsed;

/**
 * The admin's team form exactly as typed, so that a refused form shows every value again unchanged; {@link #check}
 * turns it into {@link TeamSettings} or into one message per wrong field.
 *
 * <p>Lists are typed as text: projects separated by commas or spaces; members one per line as {@code user: hours a
 * week}; absences one member per line as {@code user: 2026-03-10, 2026-03-11}; non-working dates separated by commas
 * or spaces. {@code version} is the hidden version the form was shown with, empty for a new team.
 */
public record TeamForm(String key, String name, String memberGroup, String projects, String jql, String members,
                       List<String> workingDays, String nonWorkingDates, String absences, String focusFactor,
                       String timeZone, String defaultEstimate, String warn, String critical, String version) {

    public static final String KEY = "key";
    public static final String NAME = "name";
    public static final String MEMBER_GROUP = "memberGroup";
    public static final String PROJECTS = "projects";
    public static final String JQL = "jql";
    public static final String MEMBERS = "members";
    public static final String WORKING_DAYS = "workingDays";
    public static final String NON_WORKING_DATES = "nonWorkingDates";
    public static final String ABSENCES = "absences";
    public static final String FOCUS_FACTOR = "focusFactor";
    public static final String TIME_ZONE = "timeZone";
    public static final String DEFAULT_ESTIMATE = "defaultEstimate";
    public static final String WARN = "warn";
    public static final String CRITICAL = "critical";
    public static final String VERSION = "version";

    /** The most hours a week a member may be given: beyond that the plan counts on overtime nobody agreed to. */
    public static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(80);
    /** Jira keeps a filter's JQL far below this. */
    public static final int MAX_JQL = 4_000;
    public static final int MAX_NAME = 255;

    private static final Pattern KEY_FORMAT = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

    public TeamForm {
        key = text(key);
        name = text(name);
        memberGroup = text(memberGroup);
        projects = text(projects);
        jql = text(jql);
        members = text(members);
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
        nonWorkingDates = text(nonWorkingDates);
        absences = text(absences);
        focusFactor = text(focusFactor);
        timeZone = text(timeZone);
        defaultEstimate = text(defaultEstimate);
        warn = text(warn);
        critical = text(critical);
        version = text(version);
    }

    /** The form for a new team: Monday to Friday, full focus, UTC, the standard estimate and default thresholds. */
    public static TeamForm blank() {
        return new TeamForm("", "", "", "", "", "", days(WorkingWeek.MONDAY_TO_FRIDAY), "", "", "1", "UTC",
                plain(Team.STANDARD_DEFAULT_ESTIMATE.toBigDecimal()), plain(Thresholds.DEFAULT.warn()),
                plain(Thresholds.DEFAULT.critical()), "");
    }

    /** The form showing stored settings, carrying their version so that saving it is checked against them. */
    public static TeamForm of(Versioned<TeamSettings> stored) {
        Require.present(stored, "stored");
        Team team = stored.value().team();
        TeamScope scope = stored.value().scope();
        String memberLines = team.members().stream()
                .map(member -> member.user() + ": " + plain(member.weeklyHours().toBigDecimal()))
                .collect(Collectors.joining("\n"));
        String absenceLines = team.members().stream().filter(member -> !member.absences().isEmpty())
                .map(member -> member.user() + ": " + dates(member.absences()))
                .collect(Collectors.joining("\n"));
        return new TeamForm(team.key().value(), team.name(), scope.memberGroup().orElse(""),
                String.join(", ", new TreeSet<>(scope.projects())), scope.jql().orElse(""), memberLines,
                days(team.workingWeek()), dates(team.nonWorkingDates()), absenceLines,
                plain(team.focusFactor().toBigDecimal()), team.timeZone().getId(),
                plain(team.defaultEstimate().toBigDecimal()), plain(team.thresholds().warn()),
                plain(team.thresholds().critical()), Long.toString(stored.version()));
    }

    /** The form of a submitted request by the parameter names above; a missing parameter reads as empty. */
    public static TeamForm of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return new TeamForm(first(parameters, KEY), first(parameters, NAME), first(parameters, MEMBER_GROUP),
                first(parameters, PROJECTS), first(parameters, JQL), first(parameters, MEMBERS),
                parameters.getOrDefault(WORKING_DAYS, List.of()), first(parameters, NON_WORKING_DATES),
                first(parameters, ABSENCES), first(parameters, FOCUS_FACTOR), first(parameters, TIME_ZONE),
                first(parameters, DEFAULT_ESTIMATE), first(parameters, WARN), first(parameters, CRITICAL),
                first(parameters, VERSION));
    }

    /** The same form with another hidden version: after a conflict, the next save is judged against the newer one. */
    public TeamForm withVersion(long newer) {
        return new TeamForm(key, name, memberGroup, projects, jql, members, workingDays, nonWorkingDates, absences,
                focusFactor, timeZone, defaultEstimate, warn, critical, Long.toString(newer));
    }

    /** The version the form was shown with; empty when blank or unreadable (a new team, or a tampered form). */
    public Optional<Long> expectedVersion() {
        return FormFields.expectedVersion(version);
    }

    /** The settings this form describes, or every field's first problem; Jira's groups and projects from {@code names}. */
    public Checked check(JiraDirectoryNames names) {
        Require.present(names, "names");
        Map<String, Message> errors = new LinkedHashMap<>();
        Optional<TeamKey> teamKey = parsed(errors, KEY, () -> teamKey(key));
        Optional<String> teamName = parsed(errors, NAME, () -> Require.notBlank(name, NAME, MAX_NAME));
        Optional<Optional<String>> group = parsed(errors, MEMBER_GROUP, () -> group(names));
        Optional<Set<String>> projectKeys = parsed(errors, PROJECTS, () -> projectKeys(names));
        Optional<Optional<String>> filter = parsed(errors, JQL, () -> Require.optionalText(Optional.of(jql), JQL, MAX_JQL));
        Optional<Map<String, Hours>> hours = parsed(errors, MEMBERS, this::weeklyHours);
        Optional<WorkingWeek> week = parsed(errors, WORKING_DAYS, this::week);
        Optional<Set<LocalDate>> holidays = parsed(errors, NON_WORKING_DATES,
                () -> dateSet(NON_WORKING_DATES, nonWorkingDates));
        Optional<Map<String, Set<LocalDate>>> away = parsed(errors, ABSENCES, () -> absences(hours.orElse(null)));
        Optional<FocusFactor> focus = numberField(errors, FOCUS_FACTOR, focusFactor, FocusFactor::of);
        Optional<ZoneId> zone = parsed(errors, TIME_ZONE, this::zone);
        Optional<Hours> estimate = numberField(errors, DEFAULT_ESTIMATE, defaultEstimate, TeamForm::estimate);
        Optional<Thresholds> thresholds = thresholds(errors);
        if (!errors.isEmpty()) {
            return new Checked.Invalid(new FormErrors(errors));
        }
        List<Member> team = new ArrayList<>();
        hours.orElseThrow().forEach((user, weekly) ->
                team.add(new Member(user, weekly, away.orElseThrow().getOrDefault(user, Set.of()))));
        Optional<Team> built = parsed(errors, MEMBERS, () -> new Team(teamKey.orElseThrow(), teamName.orElseThrow(),
                zone.orElseThrow(), week.orElseThrow(), holidays.orElseThrow(), focus.orElseThrow(),
                thresholds.orElseThrow(), estimate.orElseThrow(), team));
        if (built.isEmpty()) {
            return new Checked.Invalid(new FormErrors(errors));
        }
        return new Checked.Valid(new TeamSettings(built.get(),
                new TeamScope(group.orElseThrow(), projectKeys.orElseThrow(), filter.orElseThrow())));
    }

    /** The outcome of {@link #check}: valid settings, or the form's errors. */
    public sealed interface Checked {
        record Valid(TeamSettings settings) implements Checked {
        }

        record Invalid(FormErrors errors) implements Checked {
        }
    }

    /**
     * A number field judged by the domain; the domain's message quotes the number as the admin typed it, since the
     * value it was given may read differently in the reader's number format, or not at all when it is huge.
     */
    private static <T> Optional<T> numberField(Map<String, Message> errors, String field, String typed,
                                               Function<BigDecimal, T> judge) {
        Optional<BigDecimal> value = parsed(errors, field, () -> number(field, typed));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(judge.apply(value.get()));
        } catch (InvalidValueException invalid) {
            errors.putIfAbsent(field, Message.ofError(invalid).quoting(value.get(), typed.strip()));
            return Optional.empty();
        }
    }

    /**
     * The domain judges the thresholds: each alone for its range (beside a partner that cannot be wrong), then both
     * for their order, which is reported beside warn; every message quotes the numbers as typed.
     */
    private Optional<Thresholds> thresholds(Map<String, Message> errors) {
        Optional<BigDecimal> warnValue = parsed(errors, WARN, () -> number(WARN, warn));
        Optional<BigDecimal> criticalValue = parsed(errors, CRITICAL, () -> number(CRITICAL, critical));
        BigDecimal lowest = BigDecimal.ONE.movePointLeft(3);
        BigDecimal highest = BigDecimal.valueOf(Thresholds.MAX_MILLI).movePointLeft(3);
        boolean inRange = warnValue.map(value -> inRange(errors, WARN, warn, value, () -> Thresholds.of(value, highest)))
                .orElse(false)
                & criticalValue.map(value -> inRange(errors, CRITICAL, critical, value, () -> Thresholds.of(lowest, value)))
                .orElse(false);
        if (!inRange) {
            return Optional.empty();
        }
        try {
            return Optional.of(Thresholds.of(warnValue.get(), criticalValue.get()));
        } catch (InvalidValueException invalid) {
            errors.putIfAbsent(WARN, Message.ofError(invalid).quoting(warnValue.get(), warn.strip())
                    .quoting(criticalValue.get(), critical.strip()));
            return Optional.empty();
        }
    }

    /** False, with the message kept, when the domain refuses {@code field} itself; its partner's order does not count here. */
    private static boolean inRange(Map<String, Message> errors, String field, String typed, BigDecimal value,
                                   Supplier<Thresholds> check) {
        try {
            check.get();
            return true;
        } catch (InvalidValueException invalid) {
            if (!invalid.field().equals(field) || invalid.i18nKey().equals("promisedesk.error.thresholds.order")) {
                return true;
            }
            errors.putIfAbsent(field, Message.ofError(invalid).quoting(value, typed.strip()));
            return false;
        }
    }

    private static TeamKey teamKey(String typed) {
        TeamKey parsed = new TeamKey(typed);
        if (!KEY_FORMAT.matcher(parsed.value()).matches()) {
            throw new InvalidValueException(KEY, "promisedesk.admin.error.key",
                    "must be letters, digits, - or _, was \"" + typed + "\"", typed);
        }
        return parsed;
    }

    private Optional<String> group(JiraDirectoryNames names) {
        String typed = memberGroup.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (!names.groupExists(typed)) {
            throw new InvalidValueException(MEMBER_GROUP, "promisedesk.admin.error.group.unknown",
                    "must be a Jira group, \"" + typed + "\" is not one", typed);
        }
        return Optional.of(typed);
    }

    private Set<String> projectKeys(JiraDirectoryNames names) {
        Set<String> keys = new LinkedHashSet<>(items(projects));
        if (keys.isEmpty()) {
            throw new InvalidValueException(PROJECTS, "promisedesk.admin.error.projects.none",
                    "must name at least one project");
        }
        for (String project : keys) {
            if (!names.projectExists(project)) {
                throw new InvalidValueException(PROJECTS, "promisedesk.admin.error.project.unknown",
                        "must be Jira projects, \"" + project + "\" is not one", project);
            }
        }
        return keys;
    }

    /** Members in the order typed, each once; hours within 0..80 a week. */
    private Map<String, Hours> weeklyHours() {
        Map<String, Hours> byUser = new LinkedHashMap<>();
        for (String line : lines(members)) {
            String[] parts = userAndRest(MEMBERS, line, "promisedesk.admin.error.member.format");
            String user = Require.notBlank(parts[0], MEMBERS, Require.USER_NAME_LENGTH);
            BigDecimal weekly = number(MEMBERS, parts[1]);
            if (weekly.signum() < 0 || weekly.compareTo(MAX_WEEKLY_HOURS) > 0) {
                throw new InvalidValueException(MEMBERS, "promisedesk.admin.error.weeklyHours",
                        "must be 0 to 80 hours a week, " + user + " has " + parts[1].strip(), user, parts[1].strip());
            }
            if (byUser.put(user, Hours.of(weekly)) != null) {
                throw new InvalidValueException(MEMBERS, "promisedesk.error.team.duplicateMember",
                        "must name each user once, \"" + user + "\" is there twice", user);
            }
        }
        if (byUser.isEmpty()) {
            throw new InvalidValueException(MEMBERS, "promisedesk.error.team.noMembers", "must name at least one member");
        }
        return byUser;
    }

    private WorkingWeek week() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : workingDays) {
            try {
                days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notADay) {
                throw new InvalidValueException(WORKING_DAYS, "promisedesk.admin.error.weekday",
                        "must be weekdays, \"" + day + "\" is not one", day);
            }
        }
        return new WorkingWeek(days);
    }

    /** Absences by member; a line for someone who is not a member is a typing error, not a new member. */
    private Map<String, Set<LocalDate>> absences(Map<String, Hours> knownMembers) {
        Map<String, Set<LocalDate>> byUser = new HashMap<>();
        for (String line : lines(absences)) {
            String[] parts = userAndRest(ABSENCES, line, "promisedesk.admin.error.absence.format");
            String user = parts[0].strip();
            if (knownMembers != null && !knownMembers.containsKey(user)) {
                throw new InvalidValueException(ABSENCES, "promisedesk.admin.error.absence.notAMember",
                        "must name members, \"" + user + "\" is not one", user);
            }
            byUser.computeIfAbsent(user, each -> new TreeSet<>()).addAll(dateSet(ABSENCES, parts[1]));
        }
        return byUser;
    }

    private ZoneId zone() {
        String typed = timeZone.strip();
        try {
            return ZoneId.of(typed);
        } catch (DateTimeException unknown) {
            throw new InvalidValueException(TIME_ZONE, "promisedesk.admin.error.timeZone",
                    "must be a time zone like Europe/Amsterdam, was \"" + typed + "\"", typed);
        }
    }

    private static Hours estimate(BigDecimal hours) {
        if (hours.signum() <= 0) {
            throw new InvalidValueException(DEFAULT_ESTIMATE, "promisedesk.admin.error.estimate",
                    "must be more than 0 hours, was " + hours.toPlainString(), hours);
        }
        return Hours.of(hours);
    }

    /** A decimal number; a single comma reads as the decimal separator, as Dutch admins type it. */
    private static BigDecimal number(String field, String typed) {
        String trimmed = typed.strip();
        String normalised = trimmed.indexOf(',') == trimmed.lastIndexOf(',') && !trimmed.contains(".")
                ? trimmed.replace(',', '.') : trimmed;
        if (normalised.isEmpty()) {
            throw new InvalidValueException(field, "promisedesk.error.required", "is required");
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(normalised);
            if (normalised.toLowerCase(Locale.ROOT).contains("e")) {
                throw new NumberFormatException("an exponent");
            }
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException(field, "promisedesk.admin.error.number",
                    "must be a number like 0.85, was \"" + typed + "\"", typed);
        }
        if (parsed.scale() > Decimal.SCALE) {
            throw new InvalidValueException(field, "promisedesk.admin.error.decimals",
                    "must have at most three decimals, was \"" + trimmed + "\"", trimmed);
        }
        return parsed;
    }

    private static Set<LocalDate> dateSet(String field, String typed) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String item : items(typed)) {
            try {
                dates.add(LocalDate.parse(item));
            } catch (DateTimeParseException notADate) {
                throw new InvalidValueException(field, "promisedesk.admin.error.date",
                        "must be dates like 2026-03-13, was \"" + item + "\"", item);
            }
        }
        return dates;
    }

    private static String[] userAndRest(String field, String line, String i18nKey) {
        int colon = line.lastIndexOf(':');
        if (colon <= 0) {
            throw new InvalidValueException(field, i18nKey, "must be lines like \"alice: ...\", was \"" + line + "\"",
                    line);
        }
        return new String[] {line.substring(0, colon).strip(), line.substring(colon + 1)};
    }

    private static List<String> lines(String typed) {
        return typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> items(String typed) {
        return LIST_SEPARATOR.splitAsStream(typed.strip()).filter(item -> !item.isEmpty()).toList();
    }

    private static List<String> days(WorkingWeek week) {
        return week.days().stream().map(DayOfWeek::name).toList();
    }

    private static String dates(Set<LocalDate> dates) {
        return new TreeSet<>(dates).stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
