package io.promisedesk.jira.servlet;

import javax.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The largest form post our pages read, checked before the container parses it: Tomcat silently drops the parameters
 * of a post over its {@code maxPostSize} and Jetty throws at its form limit, so a larger one gets our own page instead.
 */
public final class FormLimit {
    /** Far above our largest form (a team with its holidays and absences), below Jetty's 200,000 and Tomcat's 2 MB. */
    public static final long MAX_BYTES = 100_000;

    private FormLimit() {
    }

    /** Whether the request is a post whose declared body is larger than any form of ours. */
    public static boolean tooLarge(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod()) && request.getContentLengthLong() > MAX_BYTES;
    }

    /** The page that refuses it (413), in the reader's language; nothing was read or changed. */
    public static PageAnswer.Page refusal(Locale locale) {
        return MessagePages.tooLarge(locale);
    }
}
