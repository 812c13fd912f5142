package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only declaration of Active Objects' column marker {@code @Unique}; Jira provides the real one. */
// RUNTIME as the real one: Active Objects reads it by reflection when it builds the schema.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unique {
}
