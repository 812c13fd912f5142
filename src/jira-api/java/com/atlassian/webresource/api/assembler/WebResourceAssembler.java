package com.atlassian.webresource.api.assembler;

/**
 * Compile-only declaration of the assembler of a page's web resources: only the resources it is asked to include.
 * Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
