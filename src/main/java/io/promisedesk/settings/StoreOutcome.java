package io.promisedesk.settings;

/** What became of a write to a settings store: done, refused because someone else wrote first, or nothing there. */
public sealed interface StoreOutcome<T> {

    /** The write was done; for a delete, {@code stored} is what was deleted. */
    record Done<T>(Versioned<T> stored) implements StoreOutcome<T> {
    }

    /** Someone else saved (or created) first; {@code current} is what is stored now, to show the second writer. */
    record Conflict<T>(Versioned<T> current) implements StoreOutcome<T> {
    }

    /** There is nothing stored under that key (any more): deleted meanwhile, or never created. */
    record Missing<T>() implements StoreOutcome<T> {
    }
}
