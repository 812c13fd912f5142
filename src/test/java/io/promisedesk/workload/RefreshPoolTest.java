package io.promisedesk.workload;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.concurrent.TaskGuard;
import org.junit.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RefreshPoolTest {

    @Test
    public void tasks_runOnThePluginsOwnDaemonThreads_notTheCallers() throws Exception {
        try (RefreshPool pool = new RefreshPool(TaskGuard.NONE)) {
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            CountDownLatch ran = new CountDownLatch(1);

            pool.execute(() -> {
                ranOn.set(Thread.currentThread());
                ran.countDown();
            });

            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertTrue(ranOn.get().getName(), ranOn.get().getName().startsWith("promise-desk-snapshot-refresh-"));
            assertTrue(ranOn.get().isDaemon());
            assertFalse(ranOn.get() == Thread.currentThread());
        }
    }

    @Test
    public void aClosedPool_saysSo_andRefusesTasks() {
        RefreshPool pool = new RefreshPool(TaskGuard.NONE);
        assertFalse(pool.isClosed());

        pool.close();

        assertTrue(pool.isClosed());
        assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
    }

    @Test
    public void atMostTwoTasksRunAtOnce() throws Exception {
        try (RefreshPool pool = new RefreshPool(TaskGuard.NONE)) {
            CountDownLatch started = new CountDownLatch(RefreshPool.THREADS);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch third = new CountDownLatch(1);
            for (int i = 0; i < RefreshPool.THREADS; i++) {
                pool.execute(() -> {
                    started.countDown();
                    awaitQuietly(release);
                });
            }
            pool.execute(third::countDown);

            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertFalse("queued behind the two", third.await(200, TimeUnit.MILLISECONDS));
            release.countDown();
            assertTrue(third.await(10, TimeUnit.SECONDS));
            assertEquals(2, RefreshPool.THREADS);
        }
    }

    @Test
    public void eachTask_runsBetweenTheGuardsBeforeAndAfter_onThePoolsThread() throws Exception {
        RecordingGuard guard = new RecordingGuard();
        try (RefreshPool pool = new RefreshPool(guard)) {
            pool.execute(() -> guard.record("task"));

            assertTrue(guard.afters.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("before", "task", "after"), guard.stepNames());
            assertEquals("one thread for all three", 1, guard.steps.stream().map(Step::thread).distinct().count());
            Thread ranOn = guard.steps.get(0).thread();
            assertTrue(ranOn.getName(), ranOn.getName().startsWith("promise-desk-snapshot-refresh-"));
            assertNotSame(Thread.currentThread(), ranOn);
        }
    }

    @Test
    public void theGuardsAfter_runsAlsoWhenTheTaskThrows_andThePoolGoesOn() throws Exception {
        RecordingGuard guard = new RecordingGuard(2);
        try (RefreshPool pool = new RefreshPool(guard)) {
            assertTrue("after ran although the task threw", afterRunsWhenATaskThrows(pool, guard));

            pool.execute(() -> guard.record("next task"));

            assertTrue(guard.afters.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("before", "task", "after", "before", "next task", "after"), guard.stepNames());
        }
    }

    /** The check above, on a guard that skips its after when the task throws: it must fail. */
    @Test
    public void negativeControl_aGuardThatSkipsAfterOnAFailure_isCaught() throws Exception {
        RecordingGuard skipping = new RecordingGuard() {
            @Override
            public Runnable around(Runnable task) {
                return () -> {
                    before();
                    task.run();
                    after();
                };
            }
        };
        try (RefreshPool pool = new RefreshPool(skipping)) {
            assertFalse(afterRunsWhenATaskThrows(pool, skipping));
            assertEquals(List.of("before", "task"), skipping.stepNames());
        }
    }

    @Test
    public void aPoolWithoutAGuard_isRefused() {
        assertThrows(InvalidValueException.class, () -> new RefreshPool(null));
    }

    /** Runs a task that throws; whether the guard's after then ran, waiting a little for it. */
    private static boolean afterRunsWhenATaskThrows(RefreshPool pool, RecordingGuard guard) throws Exception {
        CountDownLatch threw = new CountDownLatch(1);
        pool.execute(() -> {
            guard.record("task");
            threw.countDown();
            throw new IllegalStateException("the team's search failed");
        });
        assertTrue(threw.await(10, TimeUnit.SECONDS));
        guard.firstAfter.await(2, TimeUnit.SECONDS);
        return guard.stepNames().contains("after");
    }

    private record Step(String name, Thread thread) {
    }

    /** A guard that records each step with its thread; {@code afters} counts down once per after. */
    private static class RecordingGuard implements TaskGuard {
        final List<Step> steps = new CopyOnWriteArrayList<>();
        final CountDownLatch firstAfter = new CountDownLatch(1);
        final CountDownLatch afters;

        RecordingGuard() {
            this(1);
        }

        RecordingGuard(int expectedAfters) {
            afters = new CountDownLatch(expectedAfters);
        }

        void record(String name) {
            steps.add(new Step(name, Thread.currentThread()));
        }

        List<String> stepNames() {
            return steps.stream().map(Step::name).toList();
        }

        @Override
        public void before() {
            record("before");
        }

        @Override
        public void after() {
            record("after");
            firstAfter.countDown();
            afters.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
