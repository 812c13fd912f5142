package io.promisedesk.concurrent;

import io.promisedesk.common.InvalidValueException;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

public class TaskGuardTest {
    private final List<String> steps = new ArrayList<>();

    @Test
    public void around_runsBefore_theTask_andAfter_inThatOrder() {
        recording(null, null).around(() -> steps.add("task")).run();

        assertEquals(List.of("before", "task", "after"), steps);
    }

    @Test
    public void around_runsAfter_whenTheTaskThrows_andThrowsTheTasksFailure() {
        IllegalStateException failure = new IllegalStateException("search failed");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> recording(null, null).around(() -> {
                    steps.add("task");
                    throw failure;
                }).run());

        assertSame(failure, thrown);
        assertEquals(List.of("before", "task", "after"), steps);
    }

    @Test
    public void around_runsAfter_whenTheTaskThrowsAnError() {
        assertThrows(AssertionError.class, () -> recording(null, null).around(() -> {
            throw new AssertionError("out of memory, say");
        }).run());

        assertEquals(List.of("before", "after"), steps);
    }

    /** What before set up before it failed is cleared all the same; the task does not run. */
    @Test
    public void around_runsAfter_butNotTheTask_whenBeforeFails() {
        RuntimeException failure = new IllegalStateException("no database connection");

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> recording(failure, null).around(() -> steps.add("task")).run());

        assertSame(failure, thrown);
        assertEquals(List.of("before", "after"), steps);
    }

    @Test
    public void aFailureOfAfter_isAddedToTheTasksFailure_notPutInItsPlace() {
        RuntimeException taskFailure = new IllegalStateException("search failed");
        RuntimeException afterFailure = new IllegalStateException("cleaning failed");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> recording(null, afterFailure).around(() -> {
            throw taskFailure;
        }).run());

        assertSame(taskFailure, thrown);
        assertEquals(List.of(afterFailure), List.of(thrown.getSuppressed()));
    }

    @Test
    public void aFailureOfAfter_aloneIsThrown() {
        RuntimeException afterFailure = new IllegalStateException("cleaning failed");

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> recording(null, afterFailure).around(() -> steps.add("task")).run());

        assertSame(afterFailure, thrown);
        assertEquals(List.of("before", "task", "after"), steps);
    }

    @Test
    public void none_justRunsTheTask() {
        TaskGuard.NONE.around(() -> steps.add("task")).run();

        assertEquals(List.of("task"), steps);
    }

    @Test
    public void aMissingTask_isRefused() {
        assertThrows(InvalidValueException.class, () -> TaskGuard.NONE.around(null));
    }

    /** A guard that records its steps, and fails in before or after when given a failure for it. */
    private TaskGuard recording(RuntimeException beforeFails, RuntimeException afterFails) {
        return new TaskGuard() {
            @Override
            public void before() {
                steps.add("before");
                if (beforeFails != null) {
                    throw beforeFails;
                }
            }

            @Override
            public void after() {
                steps.add("after");
                if (afterFails != null) {
                    throw afterFails;
                }
            }
        };
    }
}
