package com.atlassian.jira.template;

/** Compile-only declaration of the factory of template sources (docs/jira-api-surface.md); never packaged. */
public class TemplateSources {
    public static TemplateSource fragment(String content) {
        return new TemplateSource.Fragment(content);
    }
}
