package io.promisedesk.language;

import io.promisedesk.workload.Level;

/** The names of the workload levels in a reader's language; the engine's {@link Level} stays free of texts. */
public final class LevelNames {
    private LevelNames() {
    }

    public static Message of(Level level) {
        // Spelled out per level so that the bundle test finds every key in the source.
        return switch (level) {
            case OK -> Message.of("promisedesk.workload.level.ok");
            case WARNING -> Message.of("promisedesk.workload.level.warning");
            case OVERCOMMITTED -> Message.of("promisedesk.workload.level.overcommitted");
        };
    }
}
