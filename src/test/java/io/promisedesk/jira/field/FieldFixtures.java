package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.InformedOfIssue;
import io.promisedesk.jira.JiraFakes;
import io.promisedesk.language.MessageRenderer;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the field tests share: Amsterdam days, our real English texts, and form submissions as Jira hands them on. */
final class FieldFixtures {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final FieldDates DATES = new FieldDates(AMSTERDAM);
    static final String FIELD_ID = "customfield_10100";
    /** For field types whose tests show no addresses kept informed. */
    static final InformedOfIssue NO_ADDRESSES = new InformedOfIssue(new InMemoryCommitmentStore());

    private FieldFixtures() {
    }

    /** For field types whose tests record no commitment: any e-mail domain, a store nobody reads, no fields. */
    static CommitmentFieldEdits noEdits(Clock clock) {
        return new CommitmentFieldEdits(new InMemoryCommitmentStore(), () -> AllowedEmailDomains.ANY,
                JiraFakes.fake(CustomFieldManager.class, Map.of("getCustomFieldObjects", arguments -> List.of())),
                clock);
    }

    static FieldTexts english() {
        MessageRenderer renderer = new MessageRenderer(Locale.ENGLISH);
        return (key, arguments) -> renderer.render(key, arguments.stream().map(String::valueOf).toArray());
    }

    /** A submission of our edit form: the marker always, and the other inputs that were not empty (Jira drops those). */
    static FieldParams form(String main, String... keysAndValues) {
        Map<String, List<String>> submitted = new HashMap<>();
        submitted.put("form", List.of("1"));
        if (!main.isEmpty()) {
            submitted.put(null, List.of(main));
        }
        for (int index = 0; index < keysAndValues.length; index += 2) {
            if (!keysAndValues[index + 1].isEmpty()) {
                submitted.put(keysAndValues[index], List.of(keysAndValues[index + 1]));
            }
        }
        return FieldParams.of(submitted);
    }

    /** One text under the field's own key, as from an issue, a default value or Jira's REST API. */
    static FieldParams single(Object value) {
        Map<Object, Object> keysAndValues = new HashMap<>();
        keysAndValues.put(null, List.of(value));
        return FieldParams.of(keysAndValues);
    }
}
