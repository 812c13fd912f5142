package io.promisedesk.settings;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The sales groups form as typed: Jira group names one per line or separated by commas (a group name may hold spaces). */
public record SalesGroupsForm(String groups, String version) {
    public static final String GROUPS = "salesGroups";
    public static final String VERSION = "version";

    private static final Pattern SEPARATOR = Pattern.compile("[,\\n\\r]+");

    public SalesGroupsForm {
        groups = groups == null ? "" : groups;
        version = version == null ? "" : version;
    }

    public static SalesGroupsForm of(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        return new SalesGroupsForm(first(parameters, GROUPS), first(parameters, VERSION));
    }

    /** The stored groups in alphabetical order, one per line, carrying the version they were stored as. */
    public static SalesGroupsForm of(Versioned<GlobalSettings> stored) {
        Require.present(stored, "stored");
        return new SalesGroupsForm(String.join("\n", new TreeSet<>(stored.value().salesGroups())),
                Long.toString(stored.version()));
    }

    public SalesGroupsForm withVersion(long newer) {
        return new SalesGroupsForm(groups, Long.toString(newer));
    }

    /** The named groups, each an existing Jira group; the first unknown one is refused. */
    Set<String> check(JiraDirectoryNames names) {
        Set<String> named = new LinkedHashSet<>();
        for (String group : SEPARATOR.split(groups)) {
            String trimmed = group.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!names.groupExists(trimmed)) {
                throw new InvalidValueException(GROUPS, "promisedesk.admin.error.group.unknown",
                        "must be Jira groups, \"" + trimmed + "\" is not one", trimmed);
            }
            named.add(trimmed);
        }
        return named;
    }

    Optional<Long> expectedVersion() {
        return FormFields.expectedVersion(version);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
