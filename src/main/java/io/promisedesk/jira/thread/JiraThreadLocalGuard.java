package io.promisedesk.jira.thread;

import com.atlassian.jira.util.thread.JiraThreadLocalUtil;
import io.promisedesk.common.Require;
import io.promisedesk.concurrent.TaskGuard;
import org.apache.log4j.Logger;

/**
 * Jira's guard for work on the plugin's own threads: {@link JiraThreadLocalUtil#preCall()} before each task and
 * {@link JiraThreadLocalUtil#postCall(Logger)} after it, as Atlassian requires of a plugin's threads that call Jira,
 * so that each task gets fresh request caches and leaves no database connection, transaction or searcher open.
 */
public final class JiraThreadLocalGuard implements TaskGuard {
    /**
     * Where Jira reports what a task left behind. A Log4j 1.x logger, since the only {@code postCall} seen in a Jira 10
     * build takes one; Jira 10 still provides that API (docs/jira-api-surface.md, "Threads of our own").
     */
    private static final Logger LEFT_BEHIND = Logger.getLogger(JiraThreadLocalGuard.class);

    private final JiraThreadLocalUtil threadLocals;

    public JiraThreadLocalGuard(JiraThreadLocalUtil threadLocals) {
        this.threadLocals = Require.present(threadLocals, "threadLocals");
    }

    @Override
    public void before() {
        threadLocals.preCall();
    }

    @Override
    public void after() {
        threadLocals.postCall(LEFT_BEHIND);
    }
}
