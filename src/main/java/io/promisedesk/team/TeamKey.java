package io.promisedesk.team;

import io.promisedesk.common.Require;

/** The stable identifier of a team, as admins and scenario files name it. */
public record TeamKey(String value) {
    public TeamKey {
        value = Require.notBlank(value, "team", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
