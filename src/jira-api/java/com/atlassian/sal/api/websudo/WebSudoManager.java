package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Compile-only declaration of SAL's secure administrator sessions (websudo). Jira provides the real type; this copy
 * is never packaged (docs/jira-api-surface.md).
 */
public interface WebSudoManager {

    /** Whether the request's session has a secure administrator session now. */
    boolean canExecuteRequest(HttpServletRequest request);

    /** Sends the browser to Jira's password confirmation, which comes back to the request's address. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    /** Marks the request as one run under websudo (the real one throws an unchecked exception without a session). */
    void willExecuteWebSudoRequest(HttpServletRequest request);
}
