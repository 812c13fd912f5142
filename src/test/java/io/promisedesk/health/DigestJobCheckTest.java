package io.promisedesk.health;

import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class DigestJobCheckTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final String JOB = "io.promisedesk.promise-desk:digest-job:hourly";

    private static List<Finding> check(boolean scheduled, boolean runner, Optional<Instant> next) {
        return new DigestJobCheck(() -> new DigestJobProbe.DigestJob(JOB, scheduled, runner, next), CLOCK).run();
    }

    @Test
    public void aScheduledJob_withItsRunner_saysWhenItRunsNext_inTheServersZone() {
        List<Finding> findings = check(true, true, Optional.of(Instant.parse("2026-03-10T10:00:00Z")));

        assertEquals(List.of("GREEN The digest job runs every hour; its next run is at 2026-03-10 11:00 CET."),
                Findings.read(findings));
        assertEquals(Optional.of(JOB), findings.get(0).detail());
    }

    @Test
    public void aJobNotScheduled_orWithoutItsRunner_isRed() {
        assertEquals(List.of("RED The hourly digest job is not scheduled, so no digest is sent."),
                Findings.read(check(false, true, Optional.empty())));
        List<Finding> noRunner = check(true, false, Optional.of(Instant.parse("2026-03-10T10:00:00Z")));
        assertEquals(List.of("RED The digest job has no runner on this node: Promise Desk did not start completely here."),
                Findings.read(noRunner));
        assertEquals("Disable and enable Promise Desk in Manage apps: starting the app schedules the job and registers"
                + " its runner. If this stays, Jira’s log says why.", Findings.advice(noRunner.get(0)));
    }

    @Test
    public void aJobWithoutNextRun_orLongOverdue_isAmber() {
        assertEquals(List.of("AMBER The digest job has no next run time, so Jira’s scheduler does not run it."),
                Findings.read(check(true, true, Optional.empty())));
        assertEquals(List.of("AMBER The digest job was due at 2026-03-10 08:29 CET and has not run since."),
                Findings.read(check(true, true, Optional.of(Instant.parse("2026-03-10T07:29:00Z")))));
        assertEquals("a run two hours late at most is still due", Verdict.GREEN,
                check(true, true, Optional.of(Instant.parse("2026-03-10T07:30:00Z"))).get(0).verdict());
    }
}
