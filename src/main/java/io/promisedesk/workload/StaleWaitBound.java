package io.promisedesk.workload;

import java.time.Duration;

/**
 * How long a team's figures may be known to miss a change before a reader waits for the team's search rather than get
 * them at once: the admin's setting in the plugin, a fixed time in tests.
 */
@FunctionalInterface
public interface StaleWaitBound {

    Duration current();
}
