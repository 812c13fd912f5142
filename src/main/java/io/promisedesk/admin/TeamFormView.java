package io.promisedesk.admin;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.settings.TeamForm;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.TeamKey;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the context of {@code templates/admin/team-form.vm}, the team create and edit form: as first shown, refused
 * with every typed value kept and each message beside its field, or after a conflict with the newer stored values shown.
 *
 * <p>The map is mutable on purpose: the caller adds {@code xsrfToken}, Jira's token for the form, before rendering.
 */
public final class TeamFormView {
    public static final String TEMPLATE = "templates/admin/team-form.vm";
    /** The form's fields in the order it shows them; each has a label, most a hint. */
    static final List<String> FIELDS = List.of(TeamForm.KEY, TeamForm.NAME, TeamForm.MEMBER_GROUP, TeamForm.PROJECTS,
            TeamForm.JQL, TeamForm.MEMBERS, TeamForm.WORKING_DAYS, TeamForm.NON_WORKING_DATES, TeamForm.ABSENCES,
            TeamForm.FOCUS_FACTOR, TeamForm.TIME_ZONE, TeamForm.DEFAULT_ESTIMATE, TeamForm.WARN, TeamForm.CRITICAL);

    private final AdminLinks links;

    public TeamFormView(String baseUrl) {
        this.links = new AdminLinks(baseUrl);
    }

    /** A blank form for a new team, or the stored team's values to edit. */
    public Map<String, Object> fresh(TeamForm form, boolean isNew, Locale locale) {
        return form(form, isNew, Map.of(), new MessageRenderer(Require.present(locale, "locale")));
    }

    /** The form again after a refusal: everything typed kept, each message beside its field. */
    public Map<String, Object> refused(TeamForm typed, boolean isNew, FormErrors errors, Locale locale) {
        Require.present(errors, "errors");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, String> shown = new LinkedHashMap<>();
        errors.byField().forEach((field, message) -> shown.put(FIELDS.contains(field) ? field : FormErrors.FORM,
                texts.render(message)));
        return form(typed, isNew, shown, texts);
    }

    /**
     * The form after someone else saved the team first: what this admin typed is kept, the stored values are listed
     * beside it, and the form now carries the stored version, so saving again deliberately replaces them.
     */
    public Map<String, Object> conflict(TeamForm typed, Versioned<TeamSettings> current, Locale locale) {
        Require.present(current, "current");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = form(typed.withVersion(current.version()), false,
                Map.of(FormErrors.FORM, texts.render("promisedesk.admin.team.conflict", current.version())), texts);
        TeamForm stored = TeamForm.of(current);
        Map<String, String> storedValues = values(stored);
        List<Map<String, String>> newer = new ArrayList<>();
        Map<String, String> typedValues = values(typed);
        for (String field : FIELDS) {
            if (!storedValues.get(field).equals(typedValues.get(field))) {
                newer.add(Map.of("label", texts.render("promisedesk.admin.team.label." + field),
                        "value", storedValues.get(field)));
            }
        }
        context.put("hasNewer", true);
        context.put("newerHeading", texts.render("promisedesk.admin.team.conflict.heading"));
        context.put("newer", newer);
        return context;
    }

    private Map<String, Object> form(TeamForm values, boolean isNew, Map<String, String> errors, MessageRenderer texts) {
        Require.present(values, "values");
        Map<String, Object> context = AdminContext.common(texts, links);
        context.put("isNew", isNew);
        context.put("heading", isNew ? texts.render("promisedesk.admin.team.heading.new")
                : texts.render("promisedesk.admin.team.heading.edit", values.name()));
        context.put("formAction", isNew ? links.newTeam() : links.team(new TeamKey(values.key())));
        context.put("cancelHref", links.teams());
        context.put("cancelText", texts.render("promisedesk.admin.team.cancel"));
        context.put("submit", texts.render("promisedesk.admin.team.save"));
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> hints = new LinkedHashMap<>();
        for (String field : FIELDS) {
            labels.put(field, texts.render("promisedesk.admin.team.label." + field));
            hints.put(field, texts.render("promisedesk.admin.team.hint." + field));
        }
        context.put("labels", labels);
        context.put("hints", hints);
        context.put("values", values(values));
        context.put("keyLocked", !isNew);
        List<Map<String, Object>> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<String, Object> box = new LinkedHashMap<>();
            box.put("value", day.name());
            box.put("id", "promisedesk-team-day-" + day.name().toLowerCase(Locale.ROOT));
            box.put("label", day.getDisplayName(TextStyle.FULL, texts.locale()));
            box.put("checked", values.workingDays().stream().anyMatch(typed -> typed.strip().equalsIgnoreCase(day.name())));
            days.add(box);
        }
        context.put("weekdays", days);
        context.put("errors", errors);
        context.put("hasFormError", errors.containsKey(FormErrors.FORM));
        context.put("hasNewer", false);
        return context;
    }

    private static Map<String, String> values(TeamForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(TeamForm.KEY, form.key());
        values.put(TeamForm.NAME, form.name());
        values.put(TeamForm.MEMBER_GROUP, form.memberGroup());
        values.put(TeamForm.PROJECTS, form.projects());
        values.put(TeamForm.JQL, form.jql());
        values.put(TeamForm.MEMBERS, form.members());
        values.put(TeamForm.WORKING_DAYS, String.join(", ", form.workingDays()));
        values.put(TeamForm.NON_WORKING_DATES, form.nonWorkingDates());
        values.put(TeamForm.ABSENCES, form.absences());
        values.put(TeamForm.FOCUS_FACTOR, form.focusFactor());
        values.put(TeamForm.TIME_ZONE, form.timeZone());
        values.put(TeamForm.DEFAULT_ESTIMATE, form.defaultEstimate());
        values.put(TeamForm.WARN, form.warn());
        values.put(TeamForm.CRITICAL, form.critical());
        values.put(TeamForm.VERSION, form.version());
        return values;
    }
}
