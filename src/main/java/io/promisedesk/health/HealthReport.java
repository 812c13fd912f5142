package io.promisedesk.health;

import io.promisedesk.common.Require;

import java.time.ZonedDateTime;
import java.util.List;

/** The health check's answer: each area's findings, in {@link Area} order, as of {@code checkedAt}. */
public record HealthReport(ZonedDateTime checkedAt, List<AreaResult> areas) {
    public HealthReport {
        Require.present(checkedAt, "checkedAt");
        areas = List.copyOf(Require.present(areas, "areas"));
    }

    /** The worst verdict of all; green when nothing was checked. */
    public Verdict verdict() {
        return Verdict.worst(areas.stream().map(AreaResult::verdict).toList());
    }

    /** How many lines came out {@code verdict}. */
    public int count(Verdict verdict) {
        return (int) areas.stream().flatMap(area -> area.findings().stream())
                .filter(finding -> finding.verdict() == verdict).count();
    }
}
