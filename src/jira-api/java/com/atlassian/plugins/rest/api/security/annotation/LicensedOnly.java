package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only declaration of Jira 10's REST v2 access annotation: only users with a product licence may call the
 * annotated resource or method. Jira provides the real type; this copy is never packaged (docs/jira-api-surface.md).
 */
// RUNTIME because javac records an annotation as runtime-visible only when the compile-time type says so, and
// Jira's REST filter reads it by reflection on the method, then the class, then the package.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface LicensedOnly {
}
