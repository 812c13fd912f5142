package io.promisedesk.jira.field;

import io.promisedesk.common.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A Sales Commitment as one text, how Jira stores it and shows it to the edit screen: the ISO day, then the
 * customer and the note on a line each, left out from the end when absent. A bare ISO day is a commitment to an
 * unknown customer, which is what Jira's REST API or an import sets.
 */
final class CommitmentText {
    private CommitmentText() {
    }

    static String encode(CommitmentDate commitment) {
        StringBuilder text = new StringBuilder(commitment.day().toString());
        if (commitment.customer().isPresent() || commitment.note().isPresent()) {
            text.append('\n').append(commitment.customer().orElse(""));
        }
        commitment.note().ifPresent(note -> text.append('\n').append(note));
        return text.toString();
    }

    /** The commitment the text holds; empty for a blank text, an {@link InvalidValueException} for a broken one. */
    static Optional<CommitmentDate> decode(String text, FieldDates dates) {
        String[] lines = text == null ? new String[] {""} : text.split("\n", 3);
        Optional<LocalDate> day = FieldDates.parse("commitment", lines[0]);
        if (day.isEmpty()) {
            if (lines.length > 1) {
                throw new InvalidValueException("commitment", "promisedesk.error.required", "is required");
            }
            return Optional.empty();
        }
        return Optional.of(new CommitmentDate(day.get(), line(lines, 1), line(lines, 2), dates));
    }

    private static Optional<String> line(String[] lines, int index) {
        return index < lines.length ? Optional.of(lines[index]) : Optional.empty();
    }
}
