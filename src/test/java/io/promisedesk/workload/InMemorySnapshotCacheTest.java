package io.promisedesk.workload;

import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.team.TeamKey;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static io.promisedesk.fixtures.PlatformScenario.platformIssues;
import static io.promisedesk.fixtures.PlatformScenario.platformTeam;
import static io.promisedesk.fixtures.WorkloadWorld.PLATFORM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class InMemorySnapshotCacheTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final LocalDate TUESDAY = LocalDate.parse("2026-03-03");
    private static final int THREADS = 8;

    private final InMemorySnapshotCache cache = new InMemorySnapshotCache();
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    public void snapshotOfAnotherDay_isNeverReturned() {
        cache.get(PLATFORM, MONDAY, counted(MONDAY));

        TeamAssessment tuesday = cache.get(PLATFORM, TUESDAY, counted(TUESDAY));

        assertEquals(TUESDAY, tuesday.today());
        assertEquals(2, computations.get());
    }

    @Test
    public void invalidatedTeam_isComputedAgainAndOtherTeamsAreNot() {
        TeamKey network = WorkloadWorld.NETWORK;
        TeamAssessment before = cache.get(PLATFORM, MONDAY, counted(MONDAY));
        cache.get(network, MONDAY, counted(MONDAY));

        cache.invalidate(PLATFORM);

        assertNotSame(before, cache.get(PLATFORM, MONDAY, counted(MONDAY)));
        cache.get(network, MONDAY, counted(MONDAY));
        assertEquals(3, computations.get());
    }

    @Test
    public void invalidateAll_forgetsEveryTeam() {
        cache.get(PLATFORM, MONDAY, counted(MONDAY));
        cache.get(WorkloadWorld.NETWORK, MONDAY, counted(MONDAY));

        cache.invalidateAll();
        cache.get(PLATFORM, MONDAY, counted(MONDAY));
        cache.get(WorkloadWorld.NETWORK, MONDAY, counted(MONDAY));

        assertEquals(4, computations.get());
    }

    @Test
    public void failedComputation_reachesTheCallerAndIsNotKept() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> cache.get(PLATFORM, MONDAY, () -> {
                    throw new IllegalStateException("search failed");
                }));

        TeamAssessment retried = cache.get(PLATFORM, MONDAY, counted(MONDAY));

        assertEquals("search failed", error.getMessage());
        assertEquals(MONDAY, retried.today());
        assertEquals(1, computations.get());
    }

    @Test
    public void concurrentRequestsForOneTeamAndDay_computeItOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Supplier<TeamAssessment> slow = () -> {
            awaitQuietly(release);
            return counted(MONDAY).get();
        };
        List<AtomicReference<TeamAssessment>> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            AtomicReference<TeamAssessment> result = new AtomicReference<>();
            results.add(result);
            threads.add(new Thread(() -> result.set(cache.get(PLATFORM, MONDAY, slow))));
        }
        threads.forEach(Thread::start);

        // Every thread is inside the cache (one computing, the others waiting for it) before the computation ends.
        awaitAllWaiting(threads);
        release.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }

        assertEquals(1, computations.get());
        for (AtomicReference<TeamAssessment> result : results) {
            assertSame(results.get(0).get(), result.get());
        }
    }

    @Test
    public void invalidationDuringAComputation_keepsItsResultOutOfTheCache() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<TeamAssessment> early = new AtomicReference<>();
        Thread first = new Thread(() -> early.set(cache.get(PLATFORM, MONDAY, () -> {
            computing.countDown();
            awaitQuietly(release);
            return counted(MONDAY).get();
        })));
        first.start();
        assertTrue(computing.await(10, TimeUnit.SECONDS));

        cache.invalidate(PLATFORM);
        release.countDown();
        first.join(TimeUnit.SECONDS.toMillis(10));
        TeamAssessment later = cache.get(PLATFORM, MONDAY, counted(MONDAY));

        assertNotSame(early.get(), later);
        assertEquals(2, computations.get());
    }

    private Supplier<TeamAssessment> counted(LocalDate today) {
        return () -> {
            computations.incrementAndGet();
            return TeamAssessment.assess(platformTeam(), platformIssues(), today);
        };
    }

    private static void awaitAllWaiting(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // The computing thread waits on the test's latch with a time-out, the others on the computation without.
        while (!threads.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING
                || thread.getState() == Thread.State.TIMED_WAITING)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the threads did not all reach the cache: " + threads.stream()
                        .map(Thread::getState).toList());
            }
            Thread.sleep(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the computation");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
