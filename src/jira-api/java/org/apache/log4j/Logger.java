package org.apache.log4j;

/**
 * Compile-only declaration of the Log4j 1.x API's logger, which Jira's {@code JiraThreadLocalUtil#postCall} takes and
 * Jira 10 provides through Log4j 2's {@code log4j-1.2-api} bridge; only the member our adapter calls. The real class
 * extends {@code Category}, which nothing of ours names. Never packaged (docs/jira-api-surface.md).
 */
public class Logger {
    protected Logger(String name) {
        // The stand-in keeps nothing: it is only handed to Jira.
    }

    /** The logger named after the class. */
    @SuppressWarnings("rawtypes")
    public static Logger getLogger(Class clazz) {
        return new Logger(clazz.getName());
    }
}
