package io.promisedesk.jira.rest;

import io.promisedesk.common.Decimal;
import io.promisedesk.language.Message;
import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.OutOfRangeNumber;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.PhraseForm;
import io.promisedesk.settings.PoliciesForm;
import io.promisedesk.settings.SalesGroupsForm;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Team and global settings as the settings resources write and read them (docs/rest.md): the admin form's fields
 * under the form's names, as JSON values. A body is turned into the form as an admin would have typed it, so that the
 * form's own check judges it and refuses exactly what the admin page refuses, with the same messages.
 */
final class SettingsJson {
    static final String VERSION = "version";
    static final String STATUS_PHRASES = "statusPhrases";
    static final String SALES_GROUPS = SalesGroupsForm.GROUPS;
    private static final String USER = "user";
    private static final String WEEKLY_HOURS = "weeklyHours";
    /** Longer than any version a store gives out: not read as a number at all. */
    private static final int MAX_VERSION_LENGTH = 20;

    private SettingsJson() {
    }

    static Map<String, Object> team(Versioned<TeamSettings> stored) {
        Team team = stored.value().team();
        TeamScope scope = stored.value().scope();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(TeamForm.KEY, team.key().value());
        json.put(VERSION, stored.version());
        json.put(TeamForm.NAME, team.name());
        json.put(TeamForm.MEMBER_GROUP, scope.memberGroup().orElse(null));
        json.put(TeamForm.PROJECTS, List.copyOf(new TreeSet<>(scope.projects())));
        json.put(TeamForm.JQL, scope.jql().orElse(null));
        List<Object> members = new ArrayList<>();
        Map<String, Object> absences = new LinkedHashMap<>();
        for (Member member : team.members()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(USER, member.user());
            entry.put(WEEKLY_HOURS, AssessmentJson.hours(member.weeklyHours()));
            members.add(entry);
            if (!member.absences().isEmpty()) {
                absences.put(member.user(), dates(member.absences()));
            }
        }
        json.put(TeamForm.MEMBERS, members);
        json.put(TeamForm.WORKING_DAYS, team.workingWeek().days().stream().map(DayOfWeek::name).toList());
        json.put(TeamForm.NON_WORKING_DATES, dates(team.nonWorkingDates()));
        json.put(TeamForm.ABSENCES, absences);
        json.put(TeamForm.FOCUS_FACTOR, plain(team.focusFactor().toBigDecimal()));
        json.put(TeamForm.TIME_ZONE, team.timeZone().getId());
        json.put(TeamForm.DEFAULT_ESTIMATE, AssessmentJson.hours(team.defaultEstimate()));
        json.put(TeamForm.WARN, plain(team.thresholds().warn()));
        json.put(TeamForm.CRITICAL, plain(team.thresholds().critical()));
        return json;
    }

    static Map<String, Object> global(Versioned<GlobalSettings> stored) {
        Map<String, Object> phrases = new LinkedHashMap<>();
        stored.value().phrases().overrides().forEach((status, phrase) -> phrases.put(status, phrase.name()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(VERSION, stored.version());
        json.put(STATUS_PHRASES, phrases);
        json.put(SALES_GROUPS, List.copyOf(new TreeSet<>(stored.value().salesGroups())));
        json.put(PoliciesForm.WAIT, stored.value().snapshotWaitBound().toMinutes());
        json.put(PoliciesForm.LINKS_ENABLED, stored.value().statusLinks().enabled());
        json.put(PoliciesForm.LINK_DAYS, stored.value().statusLinks().longestLifetimeDays());
        json.put(PoliciesForm.DOMAINS, List.copyOf(new TreeSet<>(stored.value().allowedEmailDomains().domains())));
        return json;
    }

    /**
     * The body's policies as the policies form, each member the body leaves out taken from {@code stored}; empty when
     * the body names none of them (a client written before they existed), so the stored ones stay.
     */
    static Optional<PoliciesForm> policiesForm(RequestBody body, long version, GlobalSettings stored) {
        List<String> members = List.of(PoliciesForm.WAIT, PoliciesForm.LINKS_ENABLED, PoliciesForm.LINK_DAYS,
                PoliciesForm.DOMAINS);
        if (members.stream().allMatch(member -> body.value(member) == null)) {
            return Optional.empty();
        }
        PoliciesForm current = PoliciesForm.of(new Versioned<>(stored, version));
        String wait = body.value(PoliciesForm.WAIT) == null ? current.snapshotWaitMinutes()
                : number(body, PoliciesForm.WAIT, body.value(PoliciesForm.WAIT));
        boolean enabled = current.statusLinksEnabled();
        Object typedEnabled = body.value(PoliciesForm.LINKS_ENABLED);
        if (typedEnabled instanceof Boolean given) {
            enabled = given;
        } else if (typedEnabled != null) {
            body.error(PoliciesForm.LINKS_ENABLED, Message.of("promisedesk.rest.error.boolean", Json.quote(typedEnabled)));
        }
        String days = body.value(PoliciesForm.LINK_DAYS) == null ? current.statusLinkMaxDays()
                : number(body, PoliciesForm.LINK_DAYS, body.value(PoliciesForm.LINK_DAYS));
        String domains = body.value(PoliciesForm.DOMAINS) == null ? current.allowedEmailDomains()
                : String.join("\n", list(body, PoliciesForm.DOMAINS));
        return Optional.of(new PoliciesForm(wait, enabled, days, domains, Long.toString(version)));
    }

    /**
     * The team form the body describes, for {@code key} and {@code version} (the caller's: the path's key unless
     * the body names one, the version read from the body); empty, with the body's errors, when a member has a
     * shape no admin could type (a list where text belongs, a member that is not an object).
     */
    static Optional<TeamForm> teamForm(RequestBody body, String key, String version) {
        String name = body.text(TeamForm.NAME).orElse("");
        String group = body.text(TeamForm.MEMBER_GROUP).orElse("");
        String projects = String.join(", ", list(body, TeamForm.PROJECTS));
        String jql = body.text(TeamForm.JQL).orElse("");
        String members = memberLines(body);
        List<String> days = list(body, TeamForm.WORKING_DAYS);
        String nonWorking = String.join(", ", list(body, TeamForm.NON_WORKING_DATES));
        String absences = absenceLines(body);
        String focus = number(body, TeamForm.FOCUS_FACTOR, body.value(TeamForm.FOCUS_FACTOR));
        String zone = body.text(TeamForm.TIME_ZONE).orElse("");
        String estimate = number(body, TeamForm.DEFAULT_ESTIMATE, body.value(TeamForm.DEFAULT_ESTIMATE));
        String warn = number(body, TeamForm.WARN, body.value(TeamForm.WARN));
        String critical = number(body, TeamForm.CRITICAL, body.value(TeamForm.CRITICAL));
        if (body.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new TeamForm(key, name, group, projects, jql, members, days, nonWorking, absences, focus,
                zone, estimate, warn, critical, version));
    }

    /** The version member: a whole number from 1; empty, with an error under {@code version}, otherwise. */
    static Optional<Long> version(RequestBody body) {
        Object value = body.value(VERSION);
        Optional<Long> version = version(value);
        if (version.isEmpty()) {
            body.error(VERSION, value == null ? Message.of("promisedesk.rest.error.version")
                    : Message.of("promisedesk.rest.error.version.typed", Json.quote(value)));
        }
        return version;
    }

    /** Why a version given as text (a query parameter) is none, quoting what was typed. */
    static Message versionError(String typed) {
        return typed == null || typed.isBlank() ? Message.of("promisedesk.rest.error.version")
                : Message.of("promisedesk.rest.error.version.typed", RequestBody.shown(typed));
    }

    /** A version given as a JSON number or as text (a query parameter); empty when absent or not a whole number from 1. */
    static Optional<Long> version(Object value) {
        if (value instanceof OutOfRangeNumber || String.valueOf(value).length() > MAX_VERSION_LENGTH) {
            return Optional.empty();
        }
        try {
            BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value).strip());
            long version = number.longValueExact();
            return version >= 1 ? Optional.of(version) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException notAVersion) {
            return Optional.empty();
        }
    }

    /** The phrase rows of the body's {@code statusPhrases} object, in the order given; empty, with an error, when it is none. */
    static Optional<PhraseForm> phraseForm(RequestBody body, long version) {
        Object value = body.value(STATUS_PHRASES);
        if (!(value instanceof Map<?, ?> object)) {
            body.error(STATUS_PHRASES, value == null ? Message.of("promisedesk.error.required")
                    : Message.of("promisedesk.rest.error.object", Json.quote(value)));
            return Optional.empty();
        }
        List<String> statuses = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        object.forEach((status, phrase) -> {
            statuses.add(String.valueOf(status));
            phrases.add(phrase instanceof String text ? text : Json.write(phrase));
        });
        return Optional.of(new PhraseForm(statuses, phrases, Long.toString(version)));
    }

    /** The body's {@code salesGroups} list as the form's lines; empty, with an error, when it is no list. */
    static Optional<SalesGroupsForm> salesGroupsForm(RequestBody body, long version) {
        if (body.value(SALES_GROUPS) == null) {
            body.error(SALES_GROUPS, Message.of("promisedesk.error.required"));
            return Optional.empty();
        }
        List<String> groups = list(body, SALES_GROUPS);
        return body.errors().containsKey(SALES_GROUPS) ? Optional.empty()
                : Optional.of(new SalesGroupsForm(String.join("\n", groups), Long.toString(version)));
    }

    /**
     * The phrase form keeps its errors by row ({@code status.2}, {@code phrase.2}); a JSON client names rows by
     * their status, so each is reported as {@code statusPhrases.<status>}.
     */
    static Map<String, Message> byStatus(Map<String, Message> errors, PhraseForm form) {
        Map<String, Message> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            int dot = field.lastIndexOf('.');
            boolean row = dot > 0 && (field.startsWith(PhraseForm.STATUS + ".") || field.startsWith(PhraseForm.PHRASE + "."));
            named.putIfAbsent(row ? STATUS_PHRASES + "." + form.status(Integer.parseInt(field.substring(dot + 1))).strip()
                    : field, message);
        });
        return named;
    }

    private static String memberLines(RequestBody body) {
        Object value = body.value(TeamForm.MEMBERS);
        if (value == null) {
            return "";
        }
        if (!(value instanceof List<?> entries)) {
            body.error(TeamForm.MEMBERS, Message.of("promisedesk.rest.error.list", Json.quote(value)));
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> member) || !(member.get(USER) instanceof String user)) {
                body.error(TeamForm.MEMBERS, Message.of("promisedesk.rest.error.member", Json.quote(entry)));
                return "";
            }
            lines.add(user + ": " + number(body, TeamForm.MEMBERS, member.get(WEEKLY_HOURS)));
        }
        return String.join("\n", lines);
    }

    private static String absenceLines(RequestBody body) {
        Object value = body.value(TeamForm.ABSENCES);
        if (value == null) {
            return "";
        }
        if (!(value instanceof Map<?, ?> byUser)) {
            body.error(TeamForm.ABSENCES, Message.of("promisedesk.rest.error.object", Json.quote(value)));
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<?, ?> entry : byUser.entrySet()) {
            if (!(entry.getValue() instanceof List<?> dates)) {
                body.error(TeamForm.ABSENCES, Message.of("promisedesk.rest.error.list", Json.quote(entry.getValue())));
                return "";
            }
            lines.add(entry.getKey() + ": " + dates.stream().map(SettingsJson::typed).collect(Collectors.joining(", ")));
        }
        return String.join("\n", lines);
    }

    /** A list member's items as typed; a missing list is empty, anything but a list an error. */
    private static List<String> list(RequestBody body, String name) {
        Object value = body.value(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            body.error(name, Message.of("promisedesk.rest.error.list", Json.quote(value)));
            return List.of();
        }
        return items.stream().map(SettingsJson::typed).toList();
    }

    /**
     * A number as the form reads it: a JSON number in plain digits as typed (0.850 without the zeros the form would
     * refuse), text as typed ("0,85"), anything else as JSON; a number no field takes is an error under {@code field}.
     */
    private static String number(RequestBody body, String field, Object value) {
        if (value instanceof OutOfRangeNumber outOfRange) {
            body.error(field, RequestBody.outOfRange(outOfRange));
            return "";
        }
        if (value instanceof BigDecimal number) {
            return (number.scale() > Decimal.SCALE ? number.stripTrailingZeros() : number).toPlainString();
        }
        return typed(value);
    }

    private static String typed(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? text : Json.write(value);
    }

    private static List<String> dates(Set<LocalDate> dates) {
        return new TreeSet<>(dates).stream().map(LocalDate::toString).toList();
    }

    /** 0.85 rather than 0.850, and 1 rather than 1E+0. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
