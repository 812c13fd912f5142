package net.java.ao;

/**
 * Compile-only declaration of Active Objects' entity with an auto-incremented integer primary key, column "ID".
 * The real getter's annotations (@AutoIncrement, @NotNull, @PrimaryKey("ID")) are read from Jira's own class at run
 * time, so they are not repeated here (docs/jira-api-surface.md).
 */
public interface Entity extends RawEntity<Integer> {
    int getID();
}
