package io.promisedesk.settings;

/** What became of an admin's save of the status phrases or the sales groups. */
public sealed interface GlobalChange {

    record Saved(Versioned<GlobalSettings> stored) implements GlobalChange {
    }

    /** The form had wrong values; nothing was stored. */
    record Refused(FormErrors errors) implements GlobalChange {
    }

    /** Someone saved the settings since the form was shown; {@code current} is what is stored now. */
    record Conflict(Versioned<GlobalSettings> current) implements GlobalChange {
    }
}
