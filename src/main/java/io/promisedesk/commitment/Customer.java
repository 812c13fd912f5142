package io.promisedesk.commitment;

import io.promisedesk.common.Require;

/** The customer a date was promised to, as sales names it; never blank. */
public record Customer(String name) {
    public static final int MAX_LENGTH = 255;

    public Customer {
        name = Require.notBlank(name, "customer", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return name;
    }
}
