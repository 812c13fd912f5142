package io.promisedesk.reference;

import io.promisedesk.common.Hours;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.PromiseAnswer;
import io.promisedesk.workload.PromiseCheck;
import io.promisedesk.workload.TeamAssessment;

import org.junit.BeforeClass;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** "Can we promise this?" in one pass gives the same answer as trying every date from the wished one on. */
public class PromiseCheckMatchesNaiveTest {
    private static final long FIRST_SEED = 31_000_000L;
    private static final int WORLDS = 300;
    private static final int PROMISES_PER_WORLD = 4;
    private static final double[] ROUND_HOURS = {1, 4, 8, 16, 24, 40, 80, 200};

    private static final List<Case> cases = new ArrayList<>();

    /** One question put to both sides, with the naive answer already worked out. */
    private record Case(RandomWorld world, TeamAssessment assessment, Hours hours, LocalDate wished,
                        DayByDaySimulation.Promise naive) {
        @Override
        public String toString() {
            return world + "\npromise " + hours + " by " + wished;
        }
    }

    @BeforeClass
    public static void answerEveryPromiseByTrial() {
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = RandomWorld.anything(FIRST_SEED + i);
            TeamAssessment assessment = TeamAssessment.assess(world.team, world.items, world.today);
            DayByDaySimulation simulation = DayByDaySimulation.run(world.team, world.items, world.today);
            Random random = new Random(FIRST_SEED + i);
            for (int p = 0; p < PROMISES_PER_WORLD; p++) {
                LocalDate wished = randomWish(random, world);
                Hours hours = random.nextInt(3) == 0 ? hoursOnTheEdge(random, world, simulation, wished)
                        : random.nextBoolean() ? Hours.of(ROUND_HOURS[random.nextInt(ROUND_HOURS.length)])
                        : new Hours(1 + random.nextInt(200_000));
                cases.add(new Case(world, assessment, hours, wished, simulation.promise(hours, wished)));
            }
        }
    }

    @Test
    public void everyRandomPromise_getsTheSameAnswerAsTryingEveryDate() {
        for (Case question : cases) {
            PromiseAnswer answer = PromiseCheck.check(question.assessment(), question.hours(), question.wished());

            assertEquals(question.toString(), question.naive(),
                    new DayByDaySimulation.Promise(answer.feasible(), answer.earliest()));
        }
    }

    @Test
    public void randomPromises_includeAcceptedRefusedWithADateRefusedOutrightAndBeyondTheHorizon() {
        int accepted = 0;
        int later = 0;
        int never = 0;
        int beyondHorizon = 0;

        for (Case question : cases) {
            DayByDaySimulation.Promise naive = question.naive();
            accepted += naive.feasible() ? 1 : 0;
            later += !naive.feasible() && naive.earliest().isPresent() ? 1 : 0;
            never += naive.earliest().isEmpty() ? 1 : 0;
            LocalDate horizon = question.world().today.plusYears(DayByDaySimulation.HORIZON_YEARS);
            beyondHorizon += question.wished().isAfter(horizon) ? 1 : 0;
        }

        assertTrue("accepted: " + accepted, accepted >= 100);
        assertTrue("refused with a later date: " + later, later >= 100);
        assertTrue("refused outright: " + never, never >= 20);
        assertTrue("wished beyond the horizon: " + beyondHorizon, beyondHorizon >= 20);
    }

    /**
     * Hours that bring the load at a commitment date from {@code wished} on, or at the horizon, to a thousandth
     * of an hour below, exactly at or just above critical: where "below critical" must be exact.
     */
    private static Hours hoursOnTheEdge(Random random, RandomWorld world, DayByDaySimulation simulation,
                                        LocalDate wished) {
        LocalDate horizon = world.today.plusYears(DayByDaySimulation.HORIZON_YEARS);
        List<LocalDate> dates = new ArrayList<>();
        for (WorkItem item : world.items) {
            item.commitment().map(commitment -> commitment.date())
                    .filter(date -> !date.isBefore(wished) && !date.isAfter(horizon))
                    .ifPresent(dates::add);
        }
        LocalDate edge = dates.isEmpty() || random.nextInt(4) == 0 ? horizon : dates.get(random.nextInt(dates.size()));
        Fraction critical = Fraction.of(world.team.thresholds().critical());
        Fraction slack = critical.times(simulation.capacityThrough(edge)).minus(simulation.workDueBy(edge));
        long millis = slack.times(Fraction.of(1_000, 1)).rounded(0).longValue() + random.nextInt(3) - 1;
        return new Hours(Math.max(1, Math.min(Hours.MAX_MILLIS, millis)));
    }

    /**
     * Mostly the coming months, often exactly on, just before or just after a commitment date, now and then at
     * or beyond the horizon.
     */
    private static LocalDate randomWish(Random random, RandomWorld world) {
        LocalDate horizon = world.today.plusYears(DayByDaySimulation.HORIZON_YEARS);
        int pick = random.nextInt(20);
        if (pick < 3) {
            return world.today;
        }
        if (pick < 8) {
            List<LocalDate> commitments = new ArrayList<>();
            for (WorkItem item : world.items) {
                item.commitment().ifPresent(commitment -> commitments.add(commitment.date()));
            }
            if (!commitments.isEmpty()) {
                LocalDate near = commitments.get(random.nextInt(commitments.size())).plusDays(random.nextInt(3) - 1);
                if (!near.isBefore(world.today) && !near.isAfter(horizon)) {
                    return near;
                }
            }
        }
        if (pick == 8) {
            return horizon.minusDays(random.nextInt(5));
        }
        if (pick == 9) {
            return horizon.plusDays(1 + random.nextInt(400));
        }
        return world.today.plusDays(random.nextInt(120));
    }
}
