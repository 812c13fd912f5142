package io.promisedesk.workbench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to read a Jira issue search export: the file, the custom fields holding the commitment, ETA and customer, the
 * team of each project key, the teams' settings and the day to assess on (both optional).
 */
record JiraExportOptions(Path file, String commitmentField, String etaField, Optional<String> customerField,
                         Map<String, String> teamOfProject, Optional<Path> teamSettings, Optional<LocalDate> today) {
    JiraExportOptions {
        // Ordered, so that teams appear in the order of the --team options.
        teamOfProject = Collections.unmodifiableMap(new LinkedHashMap<>(teamOfProject));
    }
}
