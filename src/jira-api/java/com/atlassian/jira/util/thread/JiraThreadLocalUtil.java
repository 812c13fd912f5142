package com.atlassian.jira.util.thread;

import org.apache.log4j.Logger;

/**
 * Compile-only declaration of Jira's component that sets up and clears Jira's thread-local state around work on a
 * plugin's own threads, with only the members our adapter calls; Jira provides the real type and this copy is never
 * packaged (docs/jira-api-surface.md).
 */
public interface JiraThreadLocalUtil {

    /** Before the work: a clean thread-local environment for it. */
    void preCall();

    /** After the work, in a finally block: clears what it left; problems (an open transaction) go to {@code log}. */
    void postCall(Logger log);
}
