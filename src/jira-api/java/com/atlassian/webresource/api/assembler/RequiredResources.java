package com.atlassian.webresource.api.assembler;

/**
 * Compile-only declaration of the resources a page requires: only requiring every web resource of a context. The
 * real method returns the same object so that calls chain. Jira provides the real type; this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public interface RequiredResources {

    RequiredResources requireContext(String context);
}
