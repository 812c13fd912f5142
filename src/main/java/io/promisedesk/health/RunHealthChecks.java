package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the health checks, each area on its own: a check that fails outright (the host threw, or a class or member
 * of Jira's is missing) becomes a red line of its area rather than an error of the page. Keeps this node's latest full
 * report, which {@link #quick()} repeats for the areas too costly to run on every view of the team list.
 */
public final class RunHealthChecks {
    private final List<HealthCheck> checks;
    private final Clock clock;
    private final AtomicReference<HealthReport> latest = new AtomicReference<>();

    /** {@code checks}: any number, at most one per area; run in {@link Area} order. */
    public RunHealthChecks(List<HealthCheck> checks, Clock clock) {
        List<HealthCheck> given = List.copyOf(Require.present(checks, "checks"));
        Map<Area, Long> perArea = given.stream().collect(Collectors.groupingBy(HealthCheck::area, Collectors.counting()));
        perArea.forEach((area, count) -> {
            if (count > 1) {
                throw new IllegalArgumentException(count + " checks of " + area.id() + ", want at most one");
            }
        });
        this.checks = given.stream().sorted(Comparator.comparing(HealthCheck::area)).toList();
        this.clock = Require.present(clock, "clock");
    }

    /** Every area a real install depends on, each by the check given for it (Jira's wiring builds it this way). */
    public static RunHealthChecks of(Clock clock, HealthCheck versions, HealthCheck fields, HealthCheck storage,
                                     HealthCheck digestJob, HealthCheck mail, HealthCheck teams, HealthCheck cluster,
                                     HealthCheck templates) {
        List<HealthCheck> all = List.of(versions, fields, storage, digestJob, mail, teams, cluster, templates);
        List<Area> areas = List.of(Area.values());
        for (int index = 0; index < all.size(); index++) {
            if (all.get(index).area() != areas.get(index)) {
                throw new IllegalArgumentException("check " + index + " must be of " + areas.get(index).id() + ", was of "
                        + all.get(index).area().id());
            }
        }
        return new RunHealthChecks(all, clock);
    }

    /** Every check, now; remembered as this node's latest report. */
    public HealthReport run() {
        List<AreaResult> results = new ArrayList<>();
        checks.forEach(check -> results.add(run(check)));
        HealthReport report = new HealthReport(now(), results);
        latest.set(report);
        return report;
    }

    /**
     * The cheap areas checked now and the others as this node's latest full report found them (left out while the
     * health check has not run here since the plugin started): what the team list's banner reads.
     */
    public HealthReport quick() {
        Map<Area, AreaResult> before = Optional.ofNullable(latest.get()).map(HealthReport::areas).orElse(List.of())
                .stream().collect(Collectors.toMap(AreaResult::area, Function.identity()));
        List<AreaResult> results = new ArrayList<>();
        for (HealthCheck check : checks) {
            if (check.area().cheap()) {
                results.add(run(check));
            } else if (before.containsKey(check.area())) {
                results.add(before.get(check.area()));
            }
        }
        return new HealthReport(now(), results);
    }

    private AreaResult run(HealthCheck check) {
        Instant start = clock.instant();
        List<Finding> findings;
        try {
            findings = check.run();
        } catch (RuntimeException | LinkageError failure) {
            // LinkageError too: a member of Jira's API that this Jira does not have is exactly what to report here.
            findings = List.of(Finding.red(Message.of("promisedesk.health.failed", summary(failure)),
                    Message.of("promisedesk.health.failed.advice")));
        }
        return new AreaResult(check.area(), findings, Duration.between(start, clock.instant()));
    }

    private ZonedDateTime now() {
        return ZonedDateTime.ofInstant(clock.instant(), clock.getZone());
    }

    /** The failure's type and message, as a person can look it up in the log. */
    public static String summary(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
