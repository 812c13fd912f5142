package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
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

    /** Jira's error collection, adding each error as {field id, message} to {@code errors}. */
    static ErrorCollection collectingInto(List<String[]> errors) {
        return JiraFakes.fake(ErrorCollection.class,
                Map.of("addError", arguments -> errors.add(new String[] {(String) arguments[0], (String) arguments[1]})));
    }

    /** Jira's texts in {@code locale}, from our real bundles. */
    static I18nHelper i18n(Locale locale) {
        MessageRenderer renderer = new MessageRenderer(locale);
        return JiraFakes.fake(I18nHelper.class, Map.of("getText", arguments -> arguments.length == 1
                ? renderer.render((String) arguments[0])
                : renderer.render((String) arguments[0], (Object[]) arguments[1])));
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
