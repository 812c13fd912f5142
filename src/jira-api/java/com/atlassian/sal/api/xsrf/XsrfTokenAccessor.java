package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Compile-only declaration of SAL's access to the XSRF token of the current session (Jira's {@code atl_token}). Jira
 * provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface XsrfTokenAccessor {

    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
