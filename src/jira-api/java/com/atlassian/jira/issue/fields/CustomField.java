package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.project.Project;

import java.util.List;

/**
 * Compile-only declaration of Jira's custom field, with only the members our adapters call; Jira provides the real
 * type and this copy is never packaged (docs/jira-api-surface.md).
 */
public interface CustomField {
    /** The field's id, such as {@code customfield_10100}: the name of its form inputs and of its errors. */
    String getId();

    /** The field's type: for our fields, the instance of our field type class Jira built. */
    CustomFieldType getCustomFieldType();

    /** The field's name (declared on Jira's {@code Field}, a super-interface). */
    String getName();

    /** Whether the field applies to every project, for some configuration scheme. */
    boolean isAllProjects();

    /** The projects the field's contexts name; null or empty for a global field. */
    List<Project> getAssociatedProjectObjects();

    /** The field's searcher, or null when it has none. */
    CustomFieldSearcher getCustomFieldSearcher();
}
