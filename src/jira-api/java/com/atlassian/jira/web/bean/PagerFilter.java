package com.atlassian.jira.web.bean;

/**
 * Compile-only declaration of the page a search asks for, with only the members our adapters and their tests use;
 * Jira provides the real class and this copy is never packaged (docs/jira-api-surface.md).
 *
 * @param <T> what is paged: issues
 */
public class PagerFilter<T> {
    private final int max;
    private int start;

    /** A page of at most {@code max} results, from the first. */
    public PagerFilter(int max) {
        this.max = max;
    }

    public void setStart(int start) {
        this.start = start;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
