package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only declaration of the column a single-valued custom field type stores its value in; only the two
 * constants we read are declared. Jira provides the real type and this copy is never packaged
 * (docs/jira-api-surface.md).
 */
public class PersistenceFieldType {
    /** The date column ({@code datevalue}), a timestamp. */
    public static final PersistenceFieldType TYPE_DATE = new PersistenceFieldType();
    /** The unlimited text column ({@code textvalue}). */
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();

    private PersistenceFieldType() {
    }
}
