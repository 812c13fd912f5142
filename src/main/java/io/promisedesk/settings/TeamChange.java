package io.promisedesk.settings;

/** What became of an admin's create, update or delete of a team. */
public sealed interface TeamChange {

    /** Stored as {@code stored}; the listener was told. */
    record Saved(Versioned<TeamSettings> stored) implements TeamChange {
    }

    /** Deleted; only the settings went, issue data stays. */
    record Deleted(TeamSettings deleted) implements TeamChange {
    }

    /** The form had wrong values; nothing was stored. */
    record Refused(FormErrors errors) implements TeamChange {
    }

    /** Someone saved the team since the form was shown; nothing was stored and {@code current} is what is stored now. */
    record Conflict(Versioned<TeamSettings> current) implements TeamChange {
    }

    /** The team is not (or no longer) configured. */
    record Missing() implements TeamChange {
    }

    /** A delete that was not confirmed; nothing was deleted. */
    record Unconfirmed() implements TeamChange {
    }
}
