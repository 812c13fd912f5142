package com.atlassian.jira.issue.customfields.view;

import java.util.Map;

/**
 * Compile-only declaration of the submitted (or issue-populated) values of one custom field, by key: the null key
 * for the input named like the field, {@code "reason"} for an input named {@code customfield_10100:reason}. Jira
 * provides the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface CustomFieldParams {
    /**
     * Every key with its values (a collection each). Declared on this interface in Jira 4 to 6; in later versions it
     * may be inherited from a super-interface, which a call through this interface still links to.
     */
    @SuppressWarnings("rawtypes")
    Map getKeysAndValues();
}
