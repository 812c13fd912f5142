package io.promisedesk.admin;

import java.util.List;
import java.util.Map;

/**
 * The what-if form on a team's preview as typed: a member away from one date to another, and hours a week added to a
 * member; every field as the admin typed it, so a refused form shows it again.
 */
public record WhatIfForm(String absentMember, String from, String to, String hoursMember, String hours) {
    public static final String ABSENT_MEMBER = "absentMember";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String HOURS_MEMBER = "hoursMember";
    public static final String HOURS = "hours";
    /** The form's fields in the order shown; an error about the whole form is under {@code FormErrors.FORM}. */
    public static final List<String> FIELDS = List.of(ABSENT_MEMBER, FROM, TO, HOURS_MEMBER, HOURS);

    public WhatIfForm {
        absentMember = trimmed(absentMember);
        from = trimmed(from);
        to = trimmed(to);
        hoursMember = trimmed(hoursMember);
        hours = trimmed(hours);
    }

    public static WhatIfForm blank() {
        return new WhatIfForm("", "", "", "", "");
    }

    /** The form from request parameters; a missing parameter reads as empty. */
    public static WhatIfForm of(Map<String, List<String>> parameters) {
        return new WhatIfForm(first(parameters, ABSENT_MEMBER), first(parameters, FROM), first(parameters, TO),
                first(parameters, HOURS_MEMBER), first(parameters, HOURS));
    }

    /** Whether the admin asked for an absence: a member or a date is filled in. */
    boolean asksAbsence() {
        return !absentMember.isEmpty() || !from.isEmpty() || !to.isEmpty();
    }

    /** Whether the admin asked for extra hours: a member or a number of hours is filled in. */
    boolean asksHours() {
        return !hoursMember.isEmpty() || !hours.isEmpty();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters == null ? null : parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
