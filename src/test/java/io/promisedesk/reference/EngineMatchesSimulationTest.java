package io.promisedesk.reference;

import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import org.junit.BeforeClass;
import org.junit.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The engine's assessment agrees with the day-by-day simulation on every field, on hundreds of random teams. */
public class EngineMatchesSimulationTest {
    private static final long FIRST_SEED = 20_260_302L;
    private static final int WORLDS = 500;

    /** The simulation is the slow side, so both tests share one run of it per world. */
    private static final List<RandomWorld> worlds = new ArrayList<>();
    private static final List<DayByDaySimulation> simulations = new ArrayList<>();

    @BeforeClass
    public static void simulateEveryWorld() {
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = RandomWorld.anything(FIRST_SEED + i);
            worlds.add(world);
            simulations.add(DayByDaySimulation.run(world.team, world.items, world.today));
        }
    }

    @Test
    public void everyVerdictOfEveryRandomTeam_equalsTheSimulation() {
        int verdictsCompared = 0;
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = worlds.get(i);
            DayByDaySimulation reference = simulations.get(i);

            TeamAssessment engine = TeamAssessment.assess(world.team, world.items, world.today);

            assertField(world, "committed issues", reference.verdicts().size(), engine.committedIssues());
            for (int position = 0; position < reference.verdicts().size(); position++) {
                assertSameVerdict(world, reference.verdicts().get(position), engine.verdicts().get(position));
            }
            assertField(world, "team level", reference.teamLevel(), engine.level());
            assertField(world, "unestimated issues", reference.unestimatedIssues(), engine.unestimatedIssues());
            assertField(world, "issues at risk", reference.issuesAtRisk(), engine.issuesAtRisk());
            verdictsCompared += engine.committedIssues();
        }

        // Guards the generator: the comparison above means little if it compared next to nothing.
        assertTrue("only " + verdictsCompared + " verdicts compared", verdictsCompared > 4_000);
    }

    private static void assertSameVerdict(RandomWorld world, DayByDaySimulation.Verdict expected, IssueVerdict actual) {
        String issue = expected.key() + " ";
        assertField(world, issue + "key", expected.key(), actual.item().key());
        assertField(world, issue + "position", expected.position(), actual.position());
        assertField(world, issue + "remaining", expected.remaining(), Fraction.of(actual.remaining().toBigDecimal()));
        assertField(world, issue + "unestimated", expected.unestimated(), actual.isUnestimated());
        assertField(world, issue + "level", expected.level(), actual.level());
        assertField(world, issue + "load is infinite", expected.load().isEmpty(), actual.load().isInfinite());
        if (expected.load().isPresent()) {
            Fraction load = expected.load().get();
            // The engine keeps the load as work/capacity in its own units; equal fractions cross-multiply equal.
            assertField(world, issue + "exact load " + load + " vs " + actual.load(),
                    load.numerator().multiply(BigInteger.valueOf(actual.load().capacity())),
                    load.denominator().multiply(BigInteger.valueOf(actual.load().work())));
        }
        assertField(world, issue + "load rounded", expected.load().map(load -> plain(load.rounded(4))),
                actual.load().rounded(4).map(EngineMatchesSimulationTest::plain));
        assertField(world, issue + "work due", expected.workDue(), Fraction.of(actual.workDue()));
        assertField(world, issue + "capacity", plain(expected.capacity().rounded(4)), plain(actual.capacity()));
        assertField(world, issue + "forecast", expected.forecast(), actual.forecast());
        assertField(world, issue + "forecast vs commitment",
                expected.forecastVsCommitment(), actual.forecastVsCommitment());
        assertField(world, issue + "ETA vs commitment", expected.etaVsCommitment(), actual.etaVsCommitment());
    }

    /** The number as written, so that 1.5 and 1.5000 compare equal and the failure message reads plainly. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Builds the (long) world description only when a field differs. */
    private static void assertField(RandomWorld world, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            assertEquals(world + "\n" + field, expected, actual);
        }
    }

    @Test
    public void randomWorlds_includeEveryKindOfCaseTheRulesDistinguish() {
        int infinite = 0;
        int pastDue = 0;
        int noForecast = 0;
        int exactlyAtCritical = 0;
        int exactlyAtWarn = 0;
        for (int i = 0; i < WORLDS; i++) {
            Fraction critical = Fraction.of(worlds.get(i).team.thresholds().critical());
            Fraction warn = Fraction.of(worlds.get(i).team.thresholds().warn());

            for (DayByDaySimulation.Verdict verdict : simulations.get(i).verdicts()) {
                Optional<Fraction> load = verdict.load();
                infinite += load.isEmpty() ? 1 : 0;
                noForecast += verdict.forecast().isEmpty() ? 1 : 0;
                pastDue += verdict.capacity().isZero() && load.isPresent() ? 1 : 0;
                exactlyAtCritical += load.filter(critical::equals).isPresent() ? 1 : 0;
                exactlyAtWarn += load.filter(warn::equals).isPresent() ? 1 : 0;
            }
        }

        assertTrue("infinite loads: " + infinite, infinite >= 100);
        assertTrue("zero work over zero capacity: " + pastDue, pastDue >= 10);
        assertTrue("forecasts beyond the horizon: " + noForecast, noForecast >= 20);
        assertTrue("loads exactly at critical: " + exactlyAtCritical, exactlyAtCritical >= 10);
        assertTrue("loads exactly at warn: " + exactlyAtWarn, exactlyAtWarn >= 10);
    }
}
