package io.promisedesk.jira.thread;

import com.atlassian.jira.util.thread.JiraThreadLocalUtil;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.concurrent.TaskGuard;
import io.promisedesk.workload.RefreshPool;
import org.apache.log4j.Logger;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JiraThreadLocalGuardTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Object> loggers = new CopyOnWriteArrayList<>();
    private final CountDownLatch cleaned = new CountDownLatch(1);
    private final JiraThreadLocalUtil jira = fake(JiraThreadLocalUtil.class, Map.of(
            "preCall", arguments -> {
                calls.add("preCall on " + Thread.currentThread().getName());
                return null;
            },
            "postCall", arguments -> {
                calls.add("postCall on " + Thread.currentThread().getName());
                loggers.add(arguments[0]);
                cleaned.countDown();
                return null;
            }));

    @Test
    public void before_isJirasPreCall_andAfter_itsPostCall_withALogger() {
        TaskGuard guard = new JiraThreadLocalGuard(jira);

        guard.around(() -> calls.add("task")).run();

        String thread = Thread.currentThread().getName();
        assertEquals(List.of("preCall on " + thread, "task", "postCall on " + thread), calls);
        assertEquals(1, loggers.size());
        assertNotNull("Jira reports what a task left open to this logger", loggers.get(0));
        assertTrue(loggers.get(0) instanceof Logger);
    }

    /** The pool as Spring wires it in Jira: a search that fails still has Jira's state cleared on its thread. */
    @Test
    public void aRefreshThatFails_onTheRefreshPool_isStillCleanedUpByJira() throws Exception {
        try (RefreshPool pool = new RefreshPool(new JiraThreadLocalGuard(jira))) {
            pool.execute(() -> {
                calls.add("search");
                throw new IllegalStateException("Jira's search failed");
            });

            assertTrue(cleaned.await(10, TimeUnit.SECONDS));
        }

        assertEquals(3, calls.size());
        assertTrue(calls.get(0), calls.get(0).startsWith("preCall on promise-desk-snapshot-refresh-"));
        assertEquals("search", calls.get(1));
        assertEquals(calls.get(0).replace("preCall", "postCall"), calls.get(2));
    }

    @Test
    public void withoutJirasComponent_isRefused() {
        assertThrows(InvalidValueException.class, () -> new JiraThreadLocalGuard(null));
    }
}
