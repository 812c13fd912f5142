package io.promisedesk.bench;

import io.promisedesk.reference.DayByDaySimulation;
import io.promisedesk.workload.TeamAssessment;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The engine against the day-by-day simulation at one size, as CPU time of the measuring thread: on a shared machine
 * the wall-clock figures of {@link TeamAssessmentBenchmark} swell with every other process, while CPU time leaves
 * out the waits for a core. Each round runs both, so each round's ratio compares them under the same load.
 *
 * <p>Run with {@code ./bench cpu-ratio [items] [rounds]} (100,000 items and 10 rounds by default); see
 * docs/performance.md.
 */
public final class EngineCpuRatio {
    private static final int ENGINE_OPERATIONS_PER_ROUND = 10;
    private static final int SIMULATION_OPERATIONS_PER_ROUND = 2;

    /** CPU milliseconds per operation, one figure per round, and the ratio of each round. */
    record Result(int items, double[] engineMillis, double[] simulationMillis) {
        double[] ratios() {
            double[] ratios = new double[engineMillis.length];
            for (int round = 0; round < ratios.length; round++) {
                ratios[round] = simulationMillis[round] / engineMillis[round];
            }
            return ratios;
        }

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "%,d items, %d teams, %d rounds (CPU ms per operation: median [min-max])%n",
                    items, TeamAssessmentBenchmark.TEAMS, engineMillis.length);
            out.println("engine      " + summary(engineMillis));
            out.println("simulation  " + summary(simulationMillis));
            out.println("ratio       " + summary(ratios()) + "  (simulation / engine, per round)");
        }

        private static String summary(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", median, sorted[0], sorted[sorted.length - 1]);
        }
    }

    private EngineCpuRatio() {
    }

    public static void main(String[] arguments) {
        int items = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100_000;
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 10;
        measure(items, 100, 5, rounds).print(System.out);
    }

    static Result measure(int items, int engineWarmup, int simulationWarmup, int rounds) {
        List<RealisticWorkload.TeamWork> teams = RealisticWorkload.generate(TeamAssessmentBenchmark.TEAMS, items);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < engineWarmup; i++) {
            sink += engine(teams);
        }
        for (int i = 0; i < simulationWarmup; i++) {
            sink += simulation(teams);
        }
        double[] engineMillis = new double[rounds];
        double[] simulationMillis = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < ENGINE_OPERATIONS_PER_ROUND; i++) {
                sink += engine(teams);
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < SIMULATION_OPERATIONS_PER_ROUND; i++) {
                sink += simulation(teams);
            }
            long end = threads.getCurrentThreadCpuTime();
            engineMillis[round] = (middle - start) / 1e6 / ENGINE_OPERATIONS_PER_ROUND;
            simulationMillis[round] = (end - middle) / 1e6 / SIMULATION_OPERATIONS_PER_ROUND;
        }
        if (sink == 42) {
            // Keeps the results alive, so the JIT cannot drop the work; never true in practice.
            System.out.println();
        }
        return new Result(items, engineMillis, simulationMillis);
    }

    private static long engine(List<RealisticWorkload.TeamWork> teams) {
        long committed = 0;
        for (RealisticWorkload.TeamWork team : teams) {
            committed += TeamAssessment.assess(team.team(), team.items(), RealisticWorkload.TODAY).committedIssues();
        }
        return committed;
    }

    private static long simulation(List<RealisticWorkload.TeamWork> teams) {
        long results = 0;
        for (RealisticWorkload.TeamWork team : teams) {
            results += DayByDaySimulation.run(team.team(), team.items(), RealisticWorkload.TODAY).verdicts().size();
        }
        return results;
    }
}
