package io.promisedesk.digest;

import java.util.Locale;
import java.util.Optional;

/** How often a salesperson wants the digest of ETA news on their commitments. */
public enum DigestFrequency {
    DAILY,
    WEEKLY;

    /** What a salesperson gets until they choose. */
    public static final DigestFrequency DEFAULT = DAILY;

    /** The value a form or a stored row names it by: {@code daily} or {@code weekly}. */
    public String formValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The frequency a form value names; empty for anything else, so the caller can say what was wrong. */
    public static Optional<DigestFrequency> fromFormValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (DigestFrequency frequency : values()) {
            if (frequency.formValue().equals(value.strip())) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
