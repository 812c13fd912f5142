package io.promisedesk.workbench;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.language.Message;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code --data-dir}: opens the directory's {@link Journal}, replays its changes onto the freshly loaded world through
 * the same operations that accepted them, then has the world journal every change it accepts from now on. The world's
 * clock is fixed to the scenario's today, so the same changes on the same scenario come out the same.
 */
final class DataDirectory {
    private DataDirectory() {
    }

    /** The open journal and how many changes were replayed from it. */
    record Restored(Journal journal, int replayed) {
    }

    /** Warnings (a torn last line) go to {@code err}; a change that no longer applies is an error, as is a bad file. */
    static Restored restore(WorkbenchWorld world, Path directory, Journal.Stamp stamp, PrintStream err)
            throws JournalException {
        Journal.Opened opened = Journal.open(directory, stamp);
        opened.warnings().forEach(warning -> err.println("workbench: warning: " + warning));
        try {
            for (Journal.Line line : opened.lines()) {
                Optional<String> refused = replay(world, line.entry());
                if (refused.isPresent()) {
                    throw new JournalException(JournalException.Kind.CORRUPT, opened.journal().file() + " line "
                            + line.number() + " (" + line.entry().kind() + ") no longer applies to "
                            + stamp.scenario() + ": " + refused.get() + ". Move the journal away to start afresh");
                }
            }
        } catch (JournalException | RuntimeException failed) {
            opened.journal().close();
            throw failed;
        }
        world.journalTo(opened.journal());
        return new Restored(opened.journal(), opened.lines().size());
    }

    private static Optional<String> replay(WorkbenchWorld world, JournalEntry entry) {
        try {
            return entry.replay(world);
        } catch (InvalidValueException invalid) {
            return Optional.of(JournalEntry.Fields.ENGLISH.render(Message.ofError(invalid)));
        }
    }
}
