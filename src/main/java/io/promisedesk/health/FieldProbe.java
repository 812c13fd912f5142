package io.promisedesk.health;

import io.promisedesk.common.Require;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The port that says whether the host knows a field type of ours, and which fields of that type exist. */
public interface FieldProbe {

    FieldType fieldType(FieldKind kind);

    /** Whether the type is registered, and its fields in the order the host lists them (Promise Desk uses the first). */
    record FieldType(FieldKind kind, boolean registered, List<Field> fields) {
        public FieldType {
            Require.present(kind, "kind");
            fields = List.copyOf(Require.present(fields, "fields"));
        }
    }

    /**
     * One custom field: its id and name, whether its context covers every project or else the keys of the projects it
     * covers, and the complete module key of its searcher (empty when it has none).
     */
    record Field(String id, String name, boolean allProjects, Set<String> projects, Optional<String> searcher) {
        public Field {
            Require.present(id, "id");
            Require.present(name, "name");
            projects = Set.copyOf(Require.present(projects, "projects"));
            Require.present(searcher, "searcher");
        }
    }
}
