package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.util.Locale;

/** A salesperson as a digest is addressed to them: by name, at their e-mail address, in their language. */
public record Recipient(String user, String displayName, String email, Locale locale) {
    public Recipient {
        user = Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        displayName = Require.notBlank(displayName, "displayName", Require.USER_NAME_LENGTH);
        email = Require.notBlank(email, "email", Require.USER_NAME_LENGTH);
        Require.present(locale, "locale");
    }
}
