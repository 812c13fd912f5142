package io.promisedesk.work;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Jira issue key such as {@code OPS-12}; keys order by project key, then numerically by number. */
public record IssueKey(String project, long number) implements Comparable<IssueKey> {
    private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,17})");
    private static final Comparator<IssueKey> ORDER =
            Comparator.comparing(IssueKey::project).thenComparingLong(IssueKey::number);

    public IssueKey {
        Require.present(project, "key");
        if (!project.matches("[A-Z][A-Z0-9_]*") || number < 1) {
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
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return project + "-" + number;
    }
}
