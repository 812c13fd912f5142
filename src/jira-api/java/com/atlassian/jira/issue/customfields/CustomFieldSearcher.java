package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.plugin.customfield.CustomFieldSearcherModuleDescriptor;

/**
 * Compile-only declaration of Jira's custom field searcher, only the module descriptor that defined it; Jira provides
 * the real type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface CustomFieldSearcher {

    CustomFieldSearcherModuleDescriptor getDescriptor();
}
