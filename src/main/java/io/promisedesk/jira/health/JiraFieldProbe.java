package io.promisedesk.jira.health;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import io.promisedesk.common.Require;
import io.promisedesk.health.FieldKind;
import io.promisedesk.health.FieldProbe;
import io.promisedesk.jira.field.EtaFieldType;
import io.promisedesk.jira.field.SalesCommitmentFieldType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our field types as Jira's custom field manager holds them: the type by its complete module key, and the fields
 * whose type is the instance Jira built from our class, in Jira's order (Promise Desk uses the first, as
 * {@code JiraWorkItemSource} does), each with its context's projects and its searcher's module key.
 */
public final class JiraFieldProbe implements FieldProbe {
    private final CustomFieldManager fields;

    public JiraFieldProbe(CustomFieldManager fields) {
        this.fields = Require.present(fields, "fields");
    }

    @Override
    public FieldType fieldType(FieldKind kind) {
        boolean registered = fields.getCustomFieldType(JiraVersionProbe.PLUGIN_KEY + ":" + kind.moduleKey()) != null;
        Class<?> type = kind == FieldKind.ETA ? EtaFieldType.class : SalesCommitmentFieldType.class;
        List<Field> found = fields.getCustomFieldObjects().stream()
                .filter(field -> type.isInstance(field.getCustomFieldType()))
                .map(JiraFieldProbe::field)
                .toList();
        return new FieldType(kind, registered, found);
    }

    private static Field field(CustomField field) {
        // Jira gives null rather than an empty list for a field whose context is global.
        List<Project> associated = Optional.ofNullable(field.getAssociatedProjectObjects()).orElse(List.of());
        Set<String> projects = associated.stream().filter(Objects::nonNull).map(Project::getKey)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Optional<String> searcher = Optional.ofNullable(field.getCustomFieldSearcher())
                .map(CustomFieldSearcher::getDescriptor).map(descriptor -> descriptor.getCompleteKey());
        return new Field(field.getId(), Objects.toString(field.getName(), field.getId()), field.isAllProjects(),
                projects, searcher);
    }
}
