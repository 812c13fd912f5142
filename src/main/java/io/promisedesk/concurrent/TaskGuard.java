package io.promisedesk.concurrent;

import io.promisedesk.common.Require;

/**
 * What the host needs done on a thread of ours around each task it runs there: set up its per-thread state before, and
 * clear it after, so that no task finds what an earlier one left (in Jira: {@code jira.thread.JiraThreadLocalGuard}).
 */
public interface TaskGuard {
    /** Does nothing around a task: for threads that never call the host (tests, the workbench, benchmarks). */
    TaskGuard NONE = new TaskGuard() {
        @Override
        public void before() {
        }

        @Override
        public void after() {
        }
    };

    /** Runs on the task's thread before the task. */
    void before();

    /** Runs on the task's thread after the task, whatever happened before. */
    void after();

    /**
     * The task between {@link #before} and {@link #after}. {@code after} runs however the task ends, and also when
     * {@code before} fails (then the task does not run), since {@code before} may have set up part of the state; the
     * first failure is the one thrown, with a failure of {@code after} added to it as suppressed.
     */
    default Runnable around(Runnable task) {
        Require.present(task, "task");
        return () -> {
            try {
                before();
                task.run();
            } catch (RuntimeException | Error failure) {
                try {
                    after();
                } catch (RuntimeException | Error alsoFailed) {
                    failure.addSuppressed(alsoFailed);
                }
                throw failure;
            }
            after();
        };
    }
}
