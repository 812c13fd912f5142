package io.promisedesk.workbench;

/** Where the world writes each change it accepted, under its lock: nowhere, or a {@link Journal} in the data directory. */
@FunctionalInterface
interface ChangeJournal {
    /** Without {@code --data-dir}: changes live in memory only, and a restart forgets them. */
    ChangeJournal IN_MEMORY = entry -> { };

    /** Writes the accepted change so that it outlives the server; throws {@link java.io.UncheckedIOException} if it cannot. */
    void append(JournalEntry entry);
}
