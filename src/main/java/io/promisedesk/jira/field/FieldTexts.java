package io.promisedesk.jira.field;

import java.util.List;

/** Texts in the reader's language by i18n key; in Jira, the current user's translations of our bundle. */
@FunctionalInterface
interface FieldTexts {
    String text(String key, List<Object> arguments);

    default String text(String key) {
        return text(key, List.of());
    }
}
