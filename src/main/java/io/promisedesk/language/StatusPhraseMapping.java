package io.promisedesk.language;

import io.promisedesk.common.Require;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which business phrase each Jira status reads as: the status category decides unless an admin overrode the
 * status by name; names match case-insensitively after trimming, and a mapping never changes once made.
 */
public final class StatusPhraseMapping {
    /** Jira limits status names far below this; longer is a typing error. */
    public static final int MAX_STATUS_LENGTH = 255;

    private static final StatusPhraseMapping DEFAULTS = new StatusPhraseMapping(Map.of());

    /** Overrides by normalised status name, each keeping the spelling the admin typed for display. */
    private final Map<String, StatusOverride> overrides;

    private StatusPhraseMapping(Map<String, StatusOverride> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** Phrases from the status category alone: new is not started, in progress is being worked on, done is done. */
    public static StatusPhraseMapping defaults() {
        return DEFAULTS;
    }

    /** The phrase Jira's status category means when no admin said otherwise. */
    public static BusinessPhrase defaultFor(StatusCategory category) {
        return switch (category) {
            case NEW -> BusinessPhrase.NOT_STARTED;
            case IN_PROGRESS -> BusinessPhrase.IN_PROGRESS;
            case DONE -> BusinessPhrase.DONE;
        };
    }

    /** This mapping with {@code status} read as {@code phrase}, replacing an override of the same name in any case. */
    public StatusPhraseMapping withOverride(String status, BusinessPhrase phrase) {
        String name = Require.notBlank(status, "status", MAX_STATUS_LENGTH);
        Require.present(phrase, "phrase");
        Map<String, StatusOverride> changed = new HashMap<>(overrides);
        changed.put(normalised(name), new StatusOverride(name, phrase));
        return new StatusPhraseMapping(changed);
    }

    /** This mapping with {@code status} back to its category's phrase; unchanged when it had no override. */
    public StatusPhraseMapping withoutOverride(String status) {
        String name = Require.notBlank(status, "status", MAX_STATUS_LENGTH);
        if (!overrides.containsKey(normalised(name))) {
            return this;
        }
        Map<String, StatusOverride> changed = new HashMap<>(overrides);
        changed.remove(normalised(name));
        return new StatusPhraseMapping(changed);
    }

    /** The phrase for an issue in {@code status} of {@code category}; a blank or unknown status reads as its category. */
    public BusinessPhrase phraseFor(String status, StatusCategory category) {
        Require.present(category, "statusCategory");
        StatusOverride override = status == null ? null : overrides.get(normalised(status));
        return override == null ? defaultFor(category) : override.phrase();
    }

    public BusinessPhrase phraseFor(WorkItem item) {
        return phraseFor(item.status(), item.statusCategory());
    }

    /** The overrides by status name as the admin typed it, in alphabetical order ignoring case. */
    public Map<String, BusinessPhrase> overrides() {
        Map<String, BusinessPhrase> byName = new LinkedHashMap<>();
        overrides.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> byName.put(entry.getValue().status(), entry.getValue().phrase()));
        return Collections.unmodifiableMap(byName);
    }

    /**
     * The form names are compared in. {@link Locale#ROOT} because a server running in Turkish would otherwise
     * lower-case the I of "IN REVIEW" to a dotless ı and miss the override for "In Review".
     */
    private static String normalised(String status) {
        return status.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusPhraseMapping mapping && overrides.equals(mapping.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(overrides);
    }

    @Override
    public String toString() {
        return "StatusPhraseMapping" + overrides();
    }

    /** One admin's choice: a status name, trimmed, and the phrase it reads as. */
    private record StatusOverride(String status, BusinessPhrase phrase) {
    }
}
