package com.atlassian.webresource.api.assembler;

/**
 * Compile-only declaration of the web resource framework's builder of the page being served: only its assembler,
 * where a plugin requires the resources the page needs. Jira provides the real type (an OSGi service); this copy is
 * never packaged (docs/jira-api-surface.md).
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
