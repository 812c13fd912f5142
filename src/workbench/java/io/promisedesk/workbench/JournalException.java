package io.promisedesk.workbench;

/** A data directory the workbench cannot use, or a journal it must not replay; the message says which and what to do. */
final class JournalException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why: the directory cannot be used (a usage error), or its journal belongs elsewhere or is damaged (a problem). */
    enum Kind { UNUSABLE, OTHER_SCENARIO, CORRUPT }

    private final Kind kind;

    JournalException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
