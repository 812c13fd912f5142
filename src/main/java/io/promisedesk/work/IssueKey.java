package io.promisedesk.work;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Jira issue key such as {@code OPS-12}; keys order by project key, then numerically by number. */
public record IssueKey(String project, long number) implements Comparable<IssueKey> {
    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,17})");
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]*");

    public IssueKey {
        Require.present(project, "key");
        if (number < 1 || !PROJECT.matcher(project).matches()) {
            throw invalid(project + "-" + number);
        }
    }

    public static IssueKey parse(String text) {
        Require.present(text, "key");
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw invalid(text);
        }
        return new IssueKey(matcher.group(1), Long.parseLong(matcher.group(2)));
    }

    private static InvalidValueException invalid(String text) {
        return new InvalidValueException("key", "promisedesk.error.issueKey.format",
                "must look like PROJECT-123, was \"" + text + "\"", text);
    }

    @Override
    public int compareTo(IssueKey other) {
        // Written out rather than a Comparator chain: sorting a team's queue compares keys a million times.
        int byProject = project.compareTo(other.project);
        return byProject != 0 ? byProject : Long.compare(number, other.number);
    }

    // Written out: the generated record methods are slower, and a team's queue is hashed once per assessment.
    @Override
    public boolean equals(Object other) {
        return other instanceof IssueKey key && number == key.number && project.equals(key.project);
    }

    /**
     * Projects named alike (LAA, LAB) have string hashes 1 apart: with the usual factor 31, LAA-32 and LAB-1 collide,
     * and a team's keys crowd a few buckets (HashMap turns them into trees). A factor above the issue numbers of any
     * real project keeps one project's keys clear of its neighbours'.
     */
    @Override
    public int hashCode() {
        return project.hashCode() * 1_000_003 + Long.hashCode(number);
    }

    @Override
    public String toString() {
        return project + "-" + number;
    }
}
