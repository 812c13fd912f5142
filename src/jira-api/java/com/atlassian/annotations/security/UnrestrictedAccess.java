package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of Platform 7's servlet and filter access annotation (atlassian-annotations): everyone,
 * logged in or not, may reach the annotated servlet, whether or not the site allows anonymous access. Jira provides
 * the real type; this copy is never packaged (docs/jira-api-surface.md, "Read-only status links").
 */
// RUNTIME because javac records an annotation as runtime-visible only when the compile-time type says so, and the
// platform's servlet access check reads it by reflection on the servlet's class.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
