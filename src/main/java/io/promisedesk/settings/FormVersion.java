package io.promisedesk.settings;

import java.util.Optional;

/** Reads the version a settings form was shown with, as the forms carry it in a hidden field. */
final class FormVersion {
    private FormVersion() {
    }

    /** A whole number from 1; empty when blank or unreadable (a new team, or a tampered form). */
    static Optional<Long> expected(String version) {
        try {
            long parsed = Long.parseLong(version.strip());
            return parsed >= 1 ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
