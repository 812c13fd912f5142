package io.promisedesk.work;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

/** Jira's three status categories; only {@code DONE} counts as resolved. */
public enum StatusCategory {
    NEW("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    /** The key Jira uses for the category in its REST API and scenario files use too. */
    public String jiraKey() {
        return jiraKey;
    }

    public boolean isResolved() {
        return this == DONE;
    }

    public static StatusCategory fromJiraKey(String key) {
        Require.present(key, "statusCategory");
        for (StatusCategory category : values()) {
            if (category.jiraKey.equals(key)) {
                return category;
            }
        }
        throw new InvalidValueException("statusCategory", "promisedesk.error.statusCategory",
                "must be one of new, indeterminate, done, was \"" + key + "\"", key);
    }
}
