package io.promisedesk.statuslink;

import io.promisedesk.common.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The SHA-256 of a status link's token as 64 lower-case hex digits: the link's identity in the store, in the list of
 * links and in the revoke form. It cannot be turned back into the token, so showing it to the creator and to
 * administrators gives nobody the link.
 */
public record TokenHash(String hex) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !FORM.matcher(hex).matches()) {
            throw new InvalidValueException("link", "promisedesk.statusLink.error.link",
                    "must be 64 lower-case hex digits, was " + hex);
        }
    }
}
