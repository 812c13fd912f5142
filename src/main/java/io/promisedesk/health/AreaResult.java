package io.promisedesk.health;

import io.promisedesk.common.Require;

import java.time.Duration;
import java.util.List;

/** What one area's check found, and how long it took. */
public record AreaResult(Area area, List<Finding> findings, Duration took) {
    public AreaResult {
        Require.present(area, "area");
        findings = List.copyOf(Require.present(findings, "findings"));
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("the check of " + area.id() + " must find something");
        }
        Require.present(took, "took");
    }

    /** The worst verdict among the findings. */
    public Verdict verdict() {
        return Verdict.worst(findings.stream().map(Finding::verdict).toList());
    }
}
