package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

/**
 * Compile-only declaration of SAL's check of a form's XSRF token against the session's. Jira provides the real type;
 * this copy is never packaged (docs/jira-api-surface.md).
 */
public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);
}
