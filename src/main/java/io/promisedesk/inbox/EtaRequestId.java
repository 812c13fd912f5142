package io.promisedesk.inbox;

import io.promisedesk.common.InvalidValueException;

/** The number the request store gives an ETA request; positive. */
public record EtaRequestId(long value) {
    public EtaRequestId {
        if (value < 1) {
            throw new InvalidValueException("id", "promisedesk.inbox.error.id", "must be > 0, was " + value, value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
