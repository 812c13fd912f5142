package io.promisedesk.settings;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.BusinessPhrase;
import io.promisedesk.language.Message;
import io.promisedesk.language.StatusPhraseMapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The status-to-phrase form as typed: rows of a Jira status name and the phrase ({@link BusinessPhrase} name) it
 * reads as; a row without a status name is an unused row. Errors are kept under {@code status.N} or {@code phrase.N},
 * N the row from 0.
 */
public record PhraseForm(List<String> statuses, List<String> phrases, String version) {
    public static final String STATUS = "status";
    public static final String PHRASE = "phrase";
    public static final String VERSION = "version";

    public PhraseForm {
        statuses = statuses == null ? List.of() : statuses.stream().map(each -> each == null ? "" : each).toList();
        phrases = phrases == null ? List.of() : phrases.stream().map(each -> each == null ? "" : each).toList();
        version = version == null ? "" : version;
    }

    /** The form of a submitted request: the repeated {@code status} and {@code phrase} fields in row order. */
    public static PhraseForm of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        List<String> versions = parameters.getOrDefault(VERSION, List.of());
        return new PhraseForm(parameters.getOrDefault(STATUS, List.of()), parameters.getOrDefault(PHRASE, List.of()),
                versions.isEmpty() ? "" : versions.get(0));
    }

    /** The stored overrides, one row each, carrying the version they were stored as. */
    public static PhraseForm of(Versioned<GlobalSettings> stored) {
        Require.present(stored, "stored");
        List<String> statuses = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        stored.value().phrases().overrides().forEach((status, phrase) -> {
            statuses.add(status);
            phrases.add(phrase.name());
        });
        return new PhraseForm(statuses, phrases, Long.toString(stored.version()));
    }

    public PhraseForm withVersion(long newer) {
        return new PhraseForm(statuses, phrases, Long.toString(newer));
    }

    /** The row count; a row has a status and a phrase, and a missing phrase reads as empty. */
    public int rows() {
        return Math.max(statuses.size(), phrases.size());
    }

    public String status(int row) {
        return row < statuses.size() ? statuses.get(row) : "";
    }

    public String phrase(int row) {
        return row < phrases.size() ? phrases.get(row) : "";
    }

    /** The mapping these rows describe, or each wrong row's message; a status named twice is refused on its second row. */
    Checked check() {
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        StatusPhraseMapping mapping = StatusPhraseMapping.defaults();
        for (int row = 0; row < rows(); row++) {
            String status = status(row).strip();
            if (status.isEmpty()) {
                continue;
            }
            Optional<BusinessPhrase> phrase = phrase(phrase(row));
            if (phrase.isEmpty()) {
                errors.put(PHRASE + "." + row, Message.of("promisedesk.admin.error.phrase", phrase(row)));
                continue;
            }
            if (seen.putIfAbsent(status.toLowerCase(Locale.ROOT), row) != null) {
                errors.put(STATUS + "." + row, Message.of("promisedesk.admin.error.status.twice", status));
                continue;
            }
            try {
                mapping = mapping.withOverride(status, phrase.get());
            } catch (InvalidValueException invalid) {
                errors.put(STATUS + "." + row, Message.ofError(invalid));
            }
        }
        return errors.isEmpty() ? new Checked(Optional.of(mapping), Optional.empty())
                : new Checked(Optional.empty(), Optional.of(new FormErrors(errors)));
    }

    Optional<Long> expectedVersion() {
        return FormFields.expectedVersion(version);
    }

    private static Optional<BusinessPhrase> phrase(String typed) {
        for (BusinessPhrase phrase : BusinessPhrase.values()) {
            if (phrase.name().equals(typed.strip())) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** Either the mapping or the errors. */
    record Checked(Optional<StatusPhraseMapping> mapping, Optional<FormErrors> errors) {
    }
}
