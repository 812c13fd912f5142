package io.promisedesk.jira.field;

import com.atlassian.jira.security.JiraAuthenticationContext;

import java.util.List;

/** Our texts in the current Jira user's language, from the plugin's i18n bundle. */
final class JiraFieldTexts implements FieldTexts {
    private final JiraAuthenticationContext authenticationContext;

    JiraFieldTexts(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public String text(String key, List<Object> arguments) {
        if (arguments.isEmpty()) {
            return authenticationContext.getI18nHelper().getText(key);
        }
        // Jira's I18nHelper has no varargs getText: several arguments go in one array (jira-core-api.md item 6).
        Object[] texts = arguments.stream().map(String::valueOf).toArray();
        return authenticationContext.getI18nHelper().getText(key, texts);
    }
}
