package io.promisedesk.bench;

import io.promisedesk.reference.DayByDaySimulation;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Assessing every team of a Jira instance from scratch: the engine against the day-by-day simulation on the
 * same 50 realistic teams, at 1,000, 10,000 and 100,000 work items in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class TeamAssessmentBenchmark {
    static final int TEAMS = 50;

    @Param({"1000", "10000", "100000"})
    public int items;

    private List<RealisticWorkload.TeamWork> teams;

    @Setup
    public void generateTeams() {
        teams = RealisticWorkload.generate(TEAMS, items);
    }

    @Benchmark
    public void engineAssessesAllTeams(Blackhole blackhole) {
        for (RealisticWorkload.TeamWork team : teams) {
            blackhole.consume(TeamAssessment.assess(team.team(), team.items(), RealisticWorkload.TODAY));
        }
    }

    @Benchmark
    public void simulationAssessesAllTeams(Blackhole blackhole) {
        for (RealisticWorkload.TeamWork team : teams) {
            blackhole.consume(DayByDaySimulation.run(team.team(), team.items(), RealisticWorkload.TODAY));
        }
    }
}
