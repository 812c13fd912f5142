package io.promisedesk.settings;

import io.promisedesk.common.Require;

/**
 * A stored value with the version it was saved as; a writer names the version it read, so that a second writer
 * who read the same version is told instead of overwriting the first.
 */
public record Versioned<T>(T value, long version) {
    public Versioned {
        Require.present(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("a stored version starts at 1, was " + version);
        }
    }
}
