package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.concurrent.TaskGuard;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plugin's own few threads that refresh teams' snapshots in the background, so that no request thread of the host
 * runs a team's search while a snapshot can be served. At most one task per team is ever queued or running
 * ({@link TeamSnapshots} refreshes each team in a single flight), so the queue is bounded by the number of teams. Each
 * task runs inside the host's {@link TaskGuard}, since it calls the host (in Jira: its search, issues and fields).
 */
public final class RefreshPool implements Executor, AutoCloseable {
    /** Threads: a team's search waits for a free one rather than Jira's request threads waiting for it. */
    public static final int THREADS = 2;
    private static final long IDLE_SECONDS = 60;

    private final TaskGuard guard;
    private final ThreadPoolExecutor threads;

    /** A pool of {@value #THREADS} threads, which end when idle for a minute, running each task inside {@code guard}. */
    public RefreshPool(TaskGuard guard) {
        this.guard = Require.present(guard, "guard");
        AtomicInteger made = new AtomicInteger();
        threads = new ThreadPoolExecutor(THREADS, THREADS, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "promise-desk-snapshot-refresh-" + made.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable task) {
        threads.execute(guard.around(task));
    }

    /** Whether {@link #close} was called. */
    public boolean isClosed() {
        return threads.isShutdown();
    }

    /** Stops taking tasks and interrupts those running: the snapshots they would have made are not needed any more. */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
