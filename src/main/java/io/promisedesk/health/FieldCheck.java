package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Both custom field types are registered, a field of each exists, its context covers the projects of every configured
 * team, and it is searched with Jira's Date Range picker, as the descriptor's valid searcher names it.
 */
public final class FieldCheck implements HealthCheck {
    /** Jira's date range searcher: the system plugin's module the descriptor names as valid searcher. */
    public static final String DATE_RANGE_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:daterange";

    private final FieldProbe probe;
    private final TeamSettingsStore teams;

    public FieldCheck(FieldProbe probe, TeamSettingsStore teams) {
        this.probe = Require.present(probe, "probe");
        this.teams = Require.present(teams, "teams");
    }

    @Override
    public Area area() {
        return Area.FIELDS;
    }

    @Override
    public List<Finding> run() {
        TreeSet<String> teamProjects = new TreeSet<>();
        teams.all().stream().map(Versioned::value).map(TeamSettings::scope)
                .forEach(scope -> teamProjects.addAll(scope.projects()));
        List<Finding> findings = new ArrayList<>();
        for (FieldKind kind : FieldKind.values()) {
            findings.addAll(judge(probe.fieldType(kind), teamProjects));
        }
        return findings;
    }

    private static List<Finding> judge(FieldProbe.FieldType type, TreeSet<String> teamProjects) {
        Message typeName = Message.of(type.kind().nameKey());
        if (!type.registered()) {
            return List.of(Finding.red(Message.of("promisedesk.health.fields.notRegistered", typeName,
                    type.kind().moduleKey()), Message.of("promisedesk.health.fields.notRegistered.advice",
                    type.kind().moduleKey())));
        }
        if (type.fields().isEmpty()) {
            return List.of(Finding.red(Message.of("promisedesk.health.fields.none", typeName),
                    Message.of("promisedesk.health.fields.none.advice", typeName)));
        }
        FieldProbe.Field used = type.fields().get(0);
        List<Finding> findings = new ArrayList<>();
        if (type.fields().size() > 1) {
            findings.add(Finding.amber(Message.of("promisedesk.health.fields.several", typeName, type.fields().size(),
                    used.name(), used.id()), Message.of("promisedesk.health.fields.several.advice", typeName)));
        }
        findings.add(context(used, teamProjects));
        findings.add(searcher(used));
        return findings;
    }

    private static Finding context(FieldProbe.Field field, TreeSet<String> teamProjects) {
        if (field.allProjects()) {
            return Finding.green(Message.of("promisedesk.health.fields.global", field.name(), field.id()));
        }
        TreeSet<String> missing = new TreeSet<>(teamProjects);
        missing.removeAll(field.projects());
        if (missing.isEmpty()) {
            return Finding.green(Message.of("promisedesk.health.fields.covered", field.name(), field.id()));
        }
        return Finding.red(Message.of("promisedesk.health.fields.uncovered", field.name(), String.join(", ", missing)),
                Message.of("promisedesk.health.fields.uncovered.advice", field.name()));
    }

    private static Finding searcher(FieldProbe.Field field) {
        Optional<String> searcher = field.searcher();
        if (searcher.isEmpty()) {
            return Finding.amber(Message.of("promisedesk.health.fields.noSearcher", field.name()),
                    Message.of("promisedesk.health.fields.searcher.advice", field.name()));
        }
        if (!searcher.get().equals(DATE_RANGE_SEARCHER)) {
            return Finding.amber(Message.of("promisedesk.health.fields.otherSearcher", field.name()),
                    Message.of("promisedesk.health.fields.searcher.advice", field.name())).withDetail(searcher.get());
        }
        return Finding.green(Message.of("promisedesk.health.fields.searcher", field.name()));
    }
}
