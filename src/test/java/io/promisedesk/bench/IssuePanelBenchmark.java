package io.promisedesk.bench;

import io.promisedesk.common.Hours;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.PromiseCheck;
import io.promisedesk.workload.TeamAssessment;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One issue's overcommit panel from a warm team snapshot: its risk with the largest contributors, and "can we
 * promise this?" for some more work, on a team assessed once beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class IssuePanelBenchmark {
    /** The panel shows this many of the issues that weigh most. */
    static final int CONTRIBUTORS = 5;
    /** A power of two, so that cycling through the questions is a mask. */
    private static final int QUESTIONS = 1024;

    /** Work items of the one team: a team's share of 100,000 across 50 teams, and ten times that. */
    @Param({"2000", "20000"})
    public int teamItems;

    private TeamAssessment assessment;
    private final IssueKey[] issues = new IssueKey[QUESTIONS];
    private final Hours[] hours = new Hours[QUESTIONS];
    private final LocalDate[] wished = new LocalDate[QUESTIONS];
    private int next;

    @Setup
    public void assessTheTeamOnce() {
        RealisticWorkload.TeamWork team = RealisticWorkload.generate(1, teamItems).get(0);
        assessment = TeamAssessment.assess(team.team(), team.items(), RealisticWorkload.TODAY);
        List<IssueVerdict> committed = assessment.verdicts();
        // Different issues and questions each call, so the measured work cannot be folded into a constant.
        Random random = new Random(RealisticWorkload.SEED);
        for (int i = 0; i < QUESTIONS; i++) {
            issues[i] = committed.get(random.nextInt(committed.size())).item().key();
            hours[i] = Hours.of(1 + random.nextInt(80));
            wished[i] = RealisticWorkload.TODAY.plusDays(random.nextInt(200));
        }
    }

    @Benchmark
    public void panelOfOneIssue(Blackhole blackhole) {
        int question = next++ & (QUESTIONS - 1);
        blackhole.consume(assessment.riskOf(issues[question], CONTRIBUTORS));
        blackhole.consume(PromiseCheck.check(assessment, hours[question], wished[question]));
    }
}
