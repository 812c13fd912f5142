package net.java.ao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of Active Objects' hint to select an entity's columns with its ID instead of loading each
 * lazily; without a value, every column. Jira provides the real one (docs/jira-api-surface.md).
 */
// RUNTIME as the real one: Active Objects reads it by reflection when it builds a SELECT.
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Preload {
    String[] value() default {"*"};
}
