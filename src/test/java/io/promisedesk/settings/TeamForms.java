package io.promisedesk.settings;

import java.util.List;
import java.util.Set;

/** A valid team form and the Jira names it refers to, for the settings and admin tests to vary one field at a time. */
public final class TeamForms {
    public static final JiraDirectoryNames NAMES = new InMemoryJiraDirectoryNames(
            Set.of("field-technicians", "sales-emea"), Set.of("FO", "NET"));

    private TeamForms() {
    }

    public static TeamForm valid() {
        return new TeamForm("field-ops", "Field operations", "field-technicians", "FO, NET", "labels = onsite",
                "alice: 40\nbob: 32.5", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "2026-12-25, 2026-12-26", "bob: 2026-03-10, 2026-03-11", "0.8", "Europe/Amsterdam", "6", "0.85", "1",
                "");
    }

    /** {@link #valid()} with one field, by its form name, typed differently. */
    public static TeamForm with(String field, String typed) {
        TeamForm form = valid();
        return new TeamForm(
                field.equals(TeamForm.KEY) ? typed : form.key(),
                field.equals(TeamForm.NAME) ? typed : form.name(),
                field.equals(TeamForm.MEMBER_GROUP) ? typed : form.memberGroup(),
                field.equals(TeamForm.PROJECTS) ? typed : form.projects(),
                field.equals(TeamForm.JQL) ? typed : form.jql(),
                field.equals(TeamForm.MEMBERS) ? typed : form.members(),
                field.equals(TeamForm.WORKING_DAYS) ? (typed.isEmpty() ? List.of() : List.of(typed.split(",")))
                        : form.workingDays(),
                field.equals(TeamForm.NON_WORKING_DATES) ? typed : form.nonWorkingDates(),
                field.equals(TeamForm.ABSENCES) ? typed : form.absences(),
                field.equals(TeamForm.FOCUS_FACTOR) ? typed : form.focusFactor(),
                field.equals(TeamForm.TIME_ZONE) ? typed : form.timeZone(),
                field.equals(TeamForm.DEFAULT_ESTIMATE) ? typed : form.defaultEstimate(),
                field.equals(TeamForm.WARN) ? typed : form.warn(),
                field.equals(TeamForm.CRITICAL) ? typed : form.critical(),
                field.equals(TeamForm.VERSION) ? typed : form.version());
    }
}
