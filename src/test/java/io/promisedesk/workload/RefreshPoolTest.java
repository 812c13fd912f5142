package io.promisedesk.workload;

import org.junit.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RefreshPoolTest {

    @Test
    public void tasks_runOnThePluginsOwnDaemonThreads_notTheCallers() throws Exception {
        try (RefreshPool pool = new RefreshPool()) {
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
        RefreshPool pool = new RefreshPool();
        assertFalse(pool.isClosed());

        pool.close();

        assertTrue(pool.isClosed());
        assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
    }

    @Test
    public void atMostTwoTasksRunAtOnce() throws Exception {
        try (RefreshPool pool = new RefreshPool()) {
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

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
