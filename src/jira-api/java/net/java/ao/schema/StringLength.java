package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of Active Objects' string column length; Jira provides the real one. The constants are
 * copied exactly: javac inlines them into our classes.
 */
// RUNTIME as the real one: Active Objects reads it by reflection when it builds the schema.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
    /** A CLOB-like column without a length limit. */
    int UNLIMITED = -1;

    /** The longest VARCHAR Active Objects allows. */
    int MAX_LENGTH = 450;

    int value();
}
