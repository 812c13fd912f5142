package io.promisedesk.jira.digest;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestRecipients;
import io.promisedesk.digest.Recipient;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a digest's recipient in Jira's user directory: an active user with an e-mail address, by their display name,
 * in the language of their Jira profile (Jira's default language when they chose none).
 */
public final class JiraDigestRecipients implements DigestRecipients {
    private final UserManager users;
    private final LocaleManager locales;

    public JiraDigestRecipients(UserManager users, LocaleManager locales) {
        this.users = Objects.requireNonNull(users, "users");
        this.locales = Objects.requireNonNull(locales, "locales");
    }

    @Override
    public Optional<Recipient> find(String user) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        ApplicationUser found = users.getUserByName(user);
        if (found == null || !found.isActive()) {
            return Optional.empty();
        }
        String email = found.getEmailAddress();
        if (email == null || email.isBlank() || email.strip().length() > Require.USER_NAME_LENGTH
                || !Require.withoutHidden(email, false).equals(email)) {
            return Optional.empty();
        }
        Locale locale = Objects.requireNonNullElse(locales.getLocaleFor(found), Locale.ENGLISH);
        return Optional.of(new Recipient(user, displayName(found.getDisplayName(), user), email.strip(), locale));
    }

    /**
     * The name Jira shows, within what a recipient holds, without hidden characters (a recipient refuses them, and a
     * line break has no place in a mail); the user name when Jira has none.
     */
    private static String displayName(String name, String user) {
        String shown = name == null ? "" : Require.withoutHidden(name, false).strip();
        if (shown.isEmpty()) {
            return user;
        }
        return shown.length() <= Require.USER_NAME_LENGTH ? shown : shown.substring(0, Require.USER_NAME_LENGTH);
    }
}
