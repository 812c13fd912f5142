package com.atlassian.sal.api.lifecycle;

/**
 * Compile-only declaration of SAL's start and stop hook for a plugin component exported as an OSGi service under this
 * interface (docs/jira-api-surface.md). Jira provides the real type; this copy is never packaged.
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
