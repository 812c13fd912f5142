package io.promisedesk.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.ErrorCollection;
import io.promisedesk.common.InvalidValueException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ETA custom field type: the day the technicians expect an issue done, stored as a date and handed out as a
 * {@link Timestamp}, as Jira's own date field's, so that Jira's date range searcher finds it. A new ETA in the past is refused, and so is moving it later without a reason; the reason
 * goes into the issue's change history beside who changed it, when, and from what to what.
 */
public class EtaFieldType extends AbstractSingleFieldType<Date> {
    private final FieldDates dates;
    private final FieldTexts texts;
    private final Clock clock;

    public EtaFieldType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager,
            JiraAuthenticationContext authenticationContext, Clock clock) {
        super(customFieldValuePersister, genericConfigManager);
        this.clock = clock;
        // Jira's date picker and its date searcher's index both read days in the server's time zone; so does "today".
        this.dates = new FieldDates(clock.getZone());
        this.texts = new JiraFieldTexts(authenticationContext);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DATE;
    }

    @Override
    protected Object getDbValueFromObject(Date value) {
        return value == null ? null : new Timestamp(value.getTime());
    }

    @Override
    protected Date getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return new EtaValue(dates.day((Date) databaseValue), Optional.empty(), dates);
    }

    @Override
    public String getStringFromSingularObject(Date value) {
        return value == null ? "" : dates.day(value).toString();
    }

    @Override
    public Date getSingularObjectFromString(String text) throws FieldValidationException {
        try {
            return FieldDates.parse("eta", text).map(day -> new EtaValue(day, Optional.empty(), dates)).orElse(null);
        } catch (InvalidValueException invalid) {
            throw new FieldValidationException(FieldProblem.of(invalid).text(texts));
        }
    }

    @Override
    public Date getValueFromCustomFieldParams(CustomFieldParams params) throws FieldValidationException {
        try {
            return form(params).value().orElse(null);
        } catch (InvalidValueException invalid) {
            throw new FieldValidationException(FieldProblem.of(invalid).text(texts));
        }
    }

    @Override
    public void validateFromParams(CustomFieldParams params, ErrorCollection errors, FieldConfig config) {
        LocalDate today = LocalDate.now(clock);
        form(params).problem(today).ifPresent(problem -> errors.addError(config.getCustomField().getId(),
                problem.text(texts)));
    }

    /** The edit template's {@code $value}: what to show in its inputs. */
    @Override
    public Object getStringValueFromCustomFieldParams(CustomFieldParams params) {
        return form(params).shown();
    }

    /** The new ETA with its reason, as the issue's change history shows it. */
    @Override
    public String getChangelogString(CustomField field, Date value) {
        if (value == null) {
            return null;
        }
        LocalDate day = dates.day(value);
        Optional<String> reason = value instanceof EtaValue eta ? eta.reason() : Optional.empty();
        return reason.map(why -> texts.text("promisedesk.field.eta.changelog", List.of(day, why)))
                .orElse(day.toString());
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, fieldLayoutItem);
        EtaFieldView view = new EtaFieldView(texts);
        // No stored value to read while an issue is being created.
        Optional<EtaValue> stored = issue == null || issue.getId() == null ? Optional.empty()
                : Optional.ofNullable(getValueFromIssue(field, issue))
                        .map(date -> new EtaValue(dates.day(date), Optional.empty(), dates));
        parameters.putAll(view.view(stored));
        parameters.putAll(view.edit(field.getId()));
        return parameters;
    }

    private EtaForm form(CustomFieldParams params) {
        return new EtaForm(FieldParams.of(params == null ? null : params.getKeysAndValues()), dates);
    }
}
