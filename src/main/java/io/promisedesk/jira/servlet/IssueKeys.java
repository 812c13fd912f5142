package io.promisedesk.jira.servlet;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;

import java.util.Optional;

/** Reads an issue key from the end of a path, where anything may have been typed. */
final class IssueKeys {
    private IssueKeys() {
    }

    /** The key, or empty when the text is not of the form PROJECT-123. */
    static Optional<IssueKey> parse(String text) {
        try {
            return Optional.of(IssueKey.parse(text));
        } catch (InvalidValueException notAKey) {
            return Optional.empty();
        }
    }
}
