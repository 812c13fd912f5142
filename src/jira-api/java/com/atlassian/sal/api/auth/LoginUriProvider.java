package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only declaration of SAL's login page address: only the one that comes back to a given address. Jira
 * provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
