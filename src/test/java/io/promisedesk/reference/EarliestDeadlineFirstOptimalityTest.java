package io.promisedesk.reference;

import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.TeamAssessment;

import org.junit.BeforeClass;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Earliest deadline first is checked, not assumed: on small random teams, trying every order of the committed
 * work finds one that meets every commitment exactly when earliest deadline first does, and exactly when the
 * engine's load is at most 1 at every commitment date.
 */
public class EarliestDeadlineFirstOptimalityTest {
    private static final long FIRST_SEED = 7_000_000L;
    private static final int WORLDS = 600;
    private static final int MAX_COMMITTED = 7;

    private static final List<RandomWorld> worlds = new ArrayList<>();
    /** The team's capacity alone, from the reference: the brute force needs nothing else from it. */
    private static final List<DayByDaySimulation> calendars = new ArrayList<>();
    private static final List<Boolean> someOrderMeetsAll = new ArrayList<>();

    @BeforeClass
    public static void tryEveryOrderInEveryWorld() {
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = RandomWorld.small(FIRST_SEED + i, MAX_COMMITTED);
            DayByDaySimulation calendar = DayByDaySimulation.run(world.team, List.of(), world.today);
            List<Job> jobs = committedJobs(world);
            worlds.add(world);
            calendars.add(calendar);
            someOrderMeetsAll.add(
                    extendsToAnOrderMeetingAll(jobs, new boolean[jobs.size()], jobs.size(), Fraction.ZERO, calendar));
        }
    }

    @Test
    public void someOrderMeetsEveryCommitment_exactlyWhenEarliestDeadlineFirstDoes() {
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = worlds.get(i);

            boolean earliestDeadlineFirstMeetsAll =
                    meetsEveryCommitment(calendars.get(i), earliestDeadlineFirst(world));

            assertEquals(world.toString(), someOrderMeetsAll.get(i), earliestDeadlineFirstMeetsAll);
        }
    }

    @Test
    public void someOrderMeetsEveryCommitment_exactlyWhenTheEngineLoadIsAtMostOneAtEveryCommitmentDate() {
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = worlds.get(i);

            TeamAssessment assessment = TeamAssessment.assess(world.team, world.items, world.today);

            boolean loadAtMostOneEverywhere = true;
            for (IssueVerdict verdict : assessment.verdicts()) {
                // Work and capacity share the engine's units, so "load <= 1" is exactly "work <= capacity".
                loadAtMostOneEverywhere &= verdict.load().work() <= verdict.load().capacity();
            }
            assertEquals(world.toString(), someOrderMeetsAll.get(i), loadAtMostOneEverywhere);
        }
    }

    @Test
    public void smallWorlds_includeManyTeamsThatCanAndManyThatCannotMeetEveryCommitment() {
        long feasible = someOrderMeetsAll.stream().filter(Boolean::booleanValue).count();

        long infeasible = WORLDS - feasible;

        assertTrue("feasible worlds: " + feasible, feasible >= WORLDS / 4);
        assertTrue("infeasible worlds: " + infeasible, infeasible >= WORLDS / 4);
    }

    /** Committed work as the brute force sees it: hours and the date they are promised for. */
    private record Job(WorkItem item, Fraction hours, LocalDate due) {
    }

    private static List<Job> committedJobs(RandomWorld world) {
        List<Job> jobs = new ArrayList<>();
        for (WorkItem item : world.items) {
            if (!item.isResolved() && item.commitment().isPresent()) {
                Fraction hours = Fraction.of(item.estimate().orElse(world.team.defaultEstimate()).toBigDecimal());
                jobs.add(new Job(item, hours, item.commitment().get().date()));
            }
        }
        return jobs;
    }

    private static List<Job> earliestDeadlineFirst(RandomWorld world) {
        List<Job> jobs = committedJobs(world);
        jobs.sort(Comparator.comparing(Job::due)
                .thenComparing(job -> job.item().key().project())
                .thenComparingLong(job -> job.item().key().number()));
        return jobs;
    }

    private static boolean meetsEveryCommitment(DayByDaySimulation calendar, List<Job> order) {
        Fraction done = Fraction.ZERO;
        for (Job job : order) {
            done = done.plus(job.hours());
            if (!finishesBy(calendar, done, job.due())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tries every order, placing one job after another; an order is abandoned only once a job in it has missed
     * its date, which no later job can repair, so no order that meets every date is skipped.
     */
    private static boolean extendsToAnOrderMeetingAll(List<Job> jobs, boolean[] placed, int left, Fraction done,
                                                      DayByDaySimulation calendar) {
        if (left == 0) {
            return true;
        }
        for (int j = 0; j < jobs.size(); j++) {
            if (placed[j]) {
                continue;
            }
            Fraction finished = done.plus(jobs.get(j).hours());
            if (finishesBy(calendar, finished, jobs.get(j).due())) {
                placed[j] = true;
                if (extendsToAnOrderMeetingAll(jobs, placed, left - 1, finished, calendar)) {
                    return true;
                }
                placed[j] = false;
            }
        }
        return false;
    }

    /**
     * A job finishes on the first day the capacity since today reaches the work up to and including it; capacity
     * never shrinks, so that day is on or before {@code due} exactly when the capacity through {@code due} reaches
     * it. Due dates here are today or later: a date already past cannot be met by any order.
     */
    private static boolean finishesBy(DayByDaySimulation calendar, Fraction workThroughJob, LocalDate due) {
        return calendar.capacityThrough(due).compareTo(workThroughJob) >= 0;
    }
}
