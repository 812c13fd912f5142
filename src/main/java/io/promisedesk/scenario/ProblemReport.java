package io.promisedesk.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a scenario that cannot be assessed, as the JSON document {@code {"problems": ["path: reason"]}}. */
public final class ProblemReport {
    private ProblemReport() {
    }

    /** Writes the problems in the order given, each escaped as a JSON string. */
    public static String json(List<String> problems) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("problems", List.copyOf(problems));
        return JsonWriter.write(document);
    }
}
