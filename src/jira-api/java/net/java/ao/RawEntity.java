package net.java.ao;

/**
 * Compile-only declaration of Active Objects' root entity type (primary key {@code T}). Jira provides the real type;
 * none of its methods is called by our code, so none is declared (docs/jira-api-surface.md).
 */
public interface RawEntity<T> {
}
