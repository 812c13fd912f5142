package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.Optional;

/** The instance's custom field of one of our field types; the first, should an administrator have made several. */
final class OurField {
    private OurField() {
    }

    static Optional<CustomField> of(CustomFieldManager fields, Class<?> fieldType) {
        return fields.getCustomFieldObjects().stream()
                .filter(candidate -> fieldType.isInstance(candidate.getCustomFieldType()))
                .findFirst();
    }
}
