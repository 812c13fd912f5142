package com.atlassian.jira.plugin.customfield;

/**
 * Compile-only declaration of the module descriptor of a custom field searcher, only its complete key (declared on the
 * plugin framework's {@code ModuleDescriptor}, a super-interface). Jira provides the real type; this copy is never
 * packaged (docs/jira-api-surface.md).
 */
public interface CustomFieldSearcherModuleDescriptor {

    /** {@code plugin:module}, such as {@code com.atlassian.jira.plugin.system.customfieldtypes:daterange}. */
    String getCompleteKey();
}
