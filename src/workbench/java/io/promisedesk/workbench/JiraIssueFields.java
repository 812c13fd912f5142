package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One issue of a Jira search export as a scenario issue: Jira's nested fields flattened to the scenario's names. */
final class JiraIssueFields {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final String key;
    private final Map<String, Object> fields;
    private final List<String> problems;

    private JiraIssueFields(String key, Map<String, Object> fields, List<String> problems) {
        this.key = key;
        this.fields = fields;
        this.problems = problems;
    }

    /** The scenario issue of {@code key}, adding a line to {@code problems} for each field that cannot be read. */
    static Map<String, Object> toScenario(String key, String team, Map<String, Object> fields, JiraExportOptions options,
                                          List<String> problems) {
        return new JiraIssueFields(key, fields, problems).convert(team, options);
    }

    private Map<String, Object> convert(String team, JiraExportOptions options) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("key", key);
        issue.put("team", team);
        issue.put("summary", fields.get("summary"));
        Optional<Map<String, Object>> status = object(fields.get("status"));
        issue.put("status", status.map(named -> named.get("name")).orElse(null));
        issue.put("statusCategory", status.flatMap(named -> object(named.get("statusCategory")))
                .map(category -> category.get("key")).orElse(null));
        issue.put("priority", object(fields.get("priority")).map(named -> named.get("name")).orElse(null));
        issue.put("assignee", assignee(fields).orElse(null));
        issue.put("remainingHours", remainingHours());
        issue.put("commitment", date(options.commitmentField(), "commitment"));
        issue.put("eta", date(options.etaField(), "ETA"));
        options.customerField().ifPresent(field -> issue.put("customer", customer(field)));
        return issue;
    }

    /** Jira Data Center names a user by {@code name}; the display name stands in when an export lacks it. */
    static Optional<String> assignee(Map<String, Object> fields) {
        return object(fields.get("assignee"))
                .map(user -> user.get("name") instanceof String name ? name : user.get("displayName"))
                .filter(String.class::isInstance).map(String.class::cast);
    }

    /** The time tracking's remaining estimate when shown, else the plain {@code timeestimate}; both in seconds. */
    private BigDecimal remainingHours() {
        Object seconds = object(fields.get("timetracking"))
                .map(tracking -> tracking.get("remainingEstimateSeconds")).orElse(fields.get("timeestimate"));
        if (seconds == null) {
            return null;
        }
        if (!(seconds instanceof BigDecimal number)) {
            problems.add(key + ": the remaining estimate must be a number of seconds, was " + Json.write(seconds));
            return null;
        }
        return number.divide(SECONDS_PER_HOUR, 3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private String date(String field, String meaning) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text).toString();
            } catch (DateTimeParseException malformed) {
                // Reported below, as a value of another type is.
            }
        }
        problems.add(key + ": " + field + " (" + meaning + ") must be a date such as 2026-03-02 (a Date Picker field), "
                + "was " + Json.write(value));
        return null;
    }

    /** A text field gives a string, a select list an option object; both are a customer's name. */
    private String customer(String field) {
        Object value = fields.get(field);
        if (value instanceof Map<?, ?> option) {
            value = option.get("value");
        }
        if (value == null || value instanceof String) {
            return value == null || ((String) value).isBlank() ? null : (String) value;
        }
        problems.add(key + ": " + field + " (customer) must be text or an option with a \"value\", was "
                + Json.write(fields.get(field)));
        return null;
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> object(Object value) {
        return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }
}
