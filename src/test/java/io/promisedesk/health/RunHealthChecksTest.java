package io.promisedesk.health;

import io.promisedesk.language.Message;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RunHealthChecksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    private final List<Area> ran = new ArrayList<>();

    private HealthCheck check(Area area, Supplier<List<Finding>> findings) {
        return new HealthCheck() {
            @Override
            public Area area() {
                return area;
            }

            @Override
            public List<Finding> run() {
                ran.add(area);
                return findings.get();
            }
        };
    }

    private HealthCheck green(Area area) {
        return check(area, () -> List.of(Finding.green(Message.of("promisedesk.health.cluster.cacheOk"))));
    }

    private HealthCheck red(Area area) {
        return check(area, () -> List.of(Finding.red(Message.of("promisedesk.health.mail.noServer"),
                Message.of("promisedesk.health.mail.noServer.advice"))));
    }

    @Test
    public void run_checksEveryAreaInThePagesOrder_atTheClocksTime() {
        RunHealthChecks checks = new RunHealthChecks(List.of(green(Area.TEMPLATES), green(Area.VERSIONS),
                green(Area.TEAMS)), CLOCK);

        HealthReport report = checks.run();

        assertEquals(List.of(Area.VERSIONS, Area.TEAMS, Area.TEMPLATES), report.areas().stream().map(AreaResult::area).toList());
        assertEquals(List.of(Area.VERSIONS, Area.TEAMS, Area.TEMPLATES), ran);
        assertEquals("2026-03-10T10:30+01:00[Europe/Amsterdam]", report.checkedAt().toString());
        assertEquals(Verdict.GREEN, report.verdict());
        assertEquals(Duration.ZERO, report.areas().get(0).took());
    }

    @Test
    public void aCheckThatThrows_becomesARedLineOfItsArea_andTheOthersStillRun() {
        RunHealthChecks checks = new RunHealthChecks(List.of(
                check(Area.FIELDS, () -> {
                    throw new IllegalStateException("no custom field manager");
                }),
                check(Area.CLUSTER, () -> {
                    throw new NoSuchMethodError("'java.util.Collection com.atlassian.jira.cluster.ClusterManager.findLiveNodes()'");
                }),
                green(Area.MAIL)), CLOCK);

        HealthReport report = checks.run();

        assertEquals(Verdict.RED, report.verdict());
        assertEquals(2, report.count(Verdict.RED));
        assertEquals(List.of("RED The check could not run: java.lang.IllegalStateException: no custom field manager"),
                Findings.read(report.areas().get(0).findings()));
        assertEquals(List.of("RED The check could not run: java.lang.NoSuchMethodError: 'java.util.Collection"
                + " com.atlassian.jira.cluster.ClusterManager.findLiveNodes()'"), Findings.read(report.areas().get(2).findings()));
        assertEquals(Verdict.GREEN, report.areas().get(1).verdict());
        assertEquals("Open the health check again; if this stays, Jira’s log at this time says more.",
                Findings.advice(report.areas().get(0).findings().get(0)));
    }

    @Test
    public void quick_runsOnlyTheCheapAreas_andLeavesTheCostlyOnesOut_beforeAnyFullRun() {
        RunHealthChecks checks = new RunHealthChecks(List.of(green(Area.MAIL), red(Area.STORAGE), green(Area.TEAMS)),
                CLOCK);

        HealthReport quick = checks.quick();

        assertEquals(List.of(Area.MAIL), ran);
        assertEquals(List.of(Area.MAIL), quick.areas().stream().map(AreaResult::area).toList());
        assertEquals(Verdict.GREEN, quick.verdict());
    }

    @Test
    public void quick_repeatsTheLatestFullRunsCostlyAreas_andRunsTheCheapOnesAgain() {
        boolean[] mailBroken = {false};
        RunHealthChecks checks = new RunHealthChecks(List.of(
                check(Area.MAIL, () -> mailBroken[0] ? red(Area.MAIL).run() : green(Area.MAIL).run()),
                red(Area.STORAGE)), CLOCK);
        checks.run();
        ran.clear();
        mailBroken[0] = true;

        HealthReport quick = checks.quick();

        assertEquals("the storage check is not run again, only the mail check", List.of(Area.MAIL, Area.MAIL), ran);
        assertEquals(List.of(Area.STORAGE, Area.MAIL), quick.areas().stream().map(AreaResult::area).sorted().toList());
        assertEquals(2, quick.count(Verdict.RED));
    }

    @Test
    public void everyAreaIsCheapOrNot_asTheTeamListAffordsIt() {
        assertEquals(List.of(Area.VERSIONS, Area.FIELDS, Area.DIGEST_JOB, Area.MAIL, Area.CLUSTER),
                List.of(Area.values()).stream().filter(Area::cheap).toList());
    }

    @Test
    public void twoChecksOfOneArea_areRefused_andOfPutsEachCheckInItsPlace() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new RunHealthChecks(List.of(green(Area.MAIL), green(Area.MAIL)), CLOCK));
        IllegalArgumentException misplaced = assertThrows(IllegalArgumentException.class,
                () -> RunHealthChecks.of(CLOCK, green(Area.FIELDS), green(Area.VERSIONS), green(Area.STORAGE),
                        green(Area.DIGEST_JOB), green(Area.MAIL), green(Area.TEAMS), green(Area.CLUSTER),
                        green(Area.TEMPLATES)));

        assertEquals("2 checks of mail, want at most one", twice.getMessage());
        assertEquals("check 0 must be of versions, was of fields", misplaced.getMessage());
        assertEquals(8, RunHealthChecks.of(CLOCK, green(Area.VERSIONS), green(Area.FIELDS), green(Area.STORAGE),
                green(Area.DIGEST_JOB), green(Area.MAIL), green(Area.TEAMS), green(Area.CLUSTER),
                green(Area.TEMPLATES)).run().areas().size());
    }

    @Test
    public void aLineThatIsNotGreen_mustSayWhatToDo() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Finding(Verdict.AMBER,
                Message.of("promisedesk.health.mail.noServer"), java.util.Optional.empty(), java.util.Optional.empty()));

        assertEquals("finding promisedesk.health.mail.noServer is AMBER, so it must say what to do", refused.getMessage());
        assertTrue(Finding.green(Message.of("promisedesk.health.cluster.cacheOk")).advice().isEmpty());
    }

    @Test
    public void theWorstVerdictWins() {
        assertEquals(Verdict.RED, Verdict.worst(List.of(Verdict.GREEN, Verdict.RED, Verdict.AMBER)));
        assertEquals(Verdict.AMBER, Verdict.GREEN.worse(Verdict.AMBER));
        assertEquals(Verdict.GREEN, Verdict.worst(List.of()));
    }
}
