package com.atlassian.jira.template;

/**
 * Compile-only declaration of the source of a Velocity template, with the fragment kind whose text the digest
 * templates' tests read. Unit tests run this copy's code (docs/jira-api-surface.md). Never packaged.
 */
public class TemplateSource {
    public TemplateSource() {
    }

    /** A template given as its text. */
    public static class Fragment extends TemplateSource {
        private final String content;

        Fragment(String content) {
            this.content = content;
        }

        public String getContent() {
            return content;
        }
    }
}
