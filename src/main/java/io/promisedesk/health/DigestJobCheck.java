package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The hourly digest job is scheduled, has its runner on this node, and runs next at a time that has not long passed. */
public final class DigestJobCheck implements HealthCheck {
    /** A run this far past its time means the scheduler is not running it: the job runs every hour. */
    static final Duration OVERDUE = Duration.ofHours(2);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private final DigestJobProbe probe;
    private final Clock clock;

    public DigestJobCheck(DigestJobProbe probe, Clock clock) {
        this.probe = Require.present(probe, "probe");
        this.clock = Require.present(clock, "clock");
    }

    @Override
    public Area area() {
        return Area.DIGEST_JOB;
    }

    @Override
    public List<Finding> run() {
        DigestJobProbe.DigestJob job = probe.job();
        List<Finding> findings = new ArrayList<>();
        if (!job.scheduled()) {
            findings.add(Finding.red(Message.of("promisedesk.health.digestJob.missing"),
                    Message.of("promisedesk.health.digestJob.restart.advice")).withDetail(job.id()));
        }
        if (!job.runnerRegistered()) {
            findings.add(Finding.red(Message.of("promisedesk.health.digestJob.noRunner"),
                    Message.of("promisedesk.health.digestJob.restart.advice")).withDetail(job.id()));
        }
        if (!job.scheduled()) {
            return findings;
        }
        if (job.nextRun().isEmpty()) {
            findings.add(Finding.amber(Message.of("promisedesk.health.digestJob.noNextRun"),
                    Message.of("promisedesk.health.digestJob.scheduler.advice")).withDetail(job.id()));
        } else if (job.nextRun().get().isBefore(clock.instant().minus(OVERDUE))) {
            findings.add(Finding.amber(Message.of("promisedesk.health.digestJob.overdue", shown(job.nextRun().get())),
                    Message.of("promisedesk.health.digestJob.scheduler.advice")).withDetail(job.id()));
        } else if (job.runnerRegistered()) {
            findings.add(Finding.green(Message.of("promisedesk.health.digestJob.scheduled", shown(job.nextRun().get())))
                    .withDetail(job.id()));
        }
        return findings;
    }

    private String shown(Instant instant) {
        return SHOWN.format(instant.atZone(clock.getZone()));
    }
}
