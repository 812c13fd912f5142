package io.promisedesk.health;

import java.util.List;

/** One area of the health check: asks its probe what the host looks like now and judges it, line by line. */
public interface HealthCheck {

    Area area();

    /** The findings, at least one; a failure of the host may be thrown, {@link RunHealthChecks} reports it. */
    List<Finding> run();
}
