package io.promisedesk.commitment;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address someone outside Jira is told at: one {@code local@domain} of plain ASCII, its domain lower-cased
 * (domains are case-insensitive, local parts are the receiving server's business and kept as typed).
 */
public record EmailAddress(String text) {
    /** RFC 5321's limit on a path, less the angle brackets. */
    public static final int MAX_LENGTH = 254;
    /** RFC 5321's limit on a local part. */
    public static final int MAX_LOCAL = 64;
    /** The dot-atom of RFC 5322 without quoting or comments: what people type, and nothing a header could misread. */
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** Two labels at least, each of letters, digits and inner hyphens, at most 63 long. */
    private static final Pattern DOMAIN = Pattern.compile(
            "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public EmailAddress {
        text = Require.notBlank(text, "address", MAX_LENGTH);
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw invalid(text);
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            throw invalid(text);
        }
        text = local + "@" + domain;
    }

    /** The part after the {@code @}, lower-case: what an administrator's allowed domains are matched against. */
    public String domain() {
        return text.substring(text.lastIndexOf('@') + 1);
    }

    /** The same mailbox whatever the case of its letters: what an address is de-duplicated and looked up by. */
    public String key() {
        return text.toLowerCase(Locale.ROOT);
    }

    private static InvalidValueException invalid(String text) {
        return new InvalidValueException("address", "promisedesk.error.address.invalid",
                "must be one e-mail address like name@example.com, was " + text, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
