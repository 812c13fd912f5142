package io.promisedesk.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
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
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.InformedOfIssue;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.work.IssueKey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sales Commitment custom field type: the day promised to a customer, with the customer and a short note, one
 * value per issue stored as one text ({@link CommitmentText}). Its value is a {@code java.sql.Timestamp}, as Jira's own
 * date field's, so that Jira's date range searcher indexes it: JQL such as {@code "Sales Commitment" <= endOfWeek()}
 * and {@code is EMPTY} works. An edit over a commitment someone else changed since the form was shown is refused
 * beside the field. Its edit form also sets the e-mail addresses the commitment keeps informed, which Promise Desk's
 * commitment store keeps, not the field: a stored value's typed addresses go to {@link CommitmentFieldEdits}, which
 * records the commitment when Jira's issue event follows.
 */
public class SalesCommitmentFieldType extends AbstractSingleFieldType<Date> {
    private final FieldDates dates;
    private final FieldTexts texts;
    private final IssueManager issueManager;
    private final Clock clock;
    private final InformedOfIssue informed;
    private final CommitmentFieldEdits edits;
    private final JiraAuthenticationContext authenticationContext;

    public SalesCommitmentFieldType(CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager, JiraAuthenticationContext authenticationContext,
            IssueManager issueManager, Clock clock, InformedOfIssue informed, CommitmentFieldEdits edits) {
        super(customFieldValuePersister, genericConfigManager);
        this.issueManager = issueManager;
        this.clock = clock;
        this.informed = informed;
        this.edits = edits;
        this.authenticationContext = authenticationContext;
        // Jira's date picker and its date searcher's index both read days in the server's time zone; so does "today".
        this.dates = new FieldDates(clock.getZone());
        this.texts = new JiraFieldTexts(authenticationContext);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
    }

    @Override
    protected Object getDbValueFromObject(Date value) {
        return value == null ? null : CommitmentText.encode(commitment(value));
    }

    @Override
    protected Date getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return fromText(String.valueOf(databaseValue));
    }

    @Override
    public String getStringFromSingularObject(Date value) {
        return value == null ? "" : CommitmentText.encode(commitment(value));
    }

    @Override
    public Date getSingularObjectFromString(String text) throws FieldValidationException {
        return fromText(text);
    }

    @Override
    public Date getValueFromCustomFieldParams(CustomFieldParams params) throws FieldValidationException {
        try {
            return form(params).value().orElse(null);
        } catch (InvalidValueException invalid) {
            throw new FieldValidationException(FieldProblem.of(invalid).text(texts));
        }
    }

    /**
     * Staleness first: the other rules judge a commitment the editor may not have seen replaced. Addresses last: a
     * new one must be at a domain the administrator allows, while those the validated issue's commitment names
     * already stay allowed.
     */
    @Override
    public void validateFromParams(CustomFieldParams params, ErrorCollection errors, FieldConfig config) {
        CommitmentForm form = form(params);
        CustomField field = config.getCustomField();
        form.issueToCheck()
                .flatMap(id -> Optional.ofNullable(issueManager.getIssueObject(id)))
                .flatMap(issue -> form.stale(Optional.ofNullable(issue.getCustomFieldValue(field))
                        .filter(Date.class::isInstance).map(value -> commitment((Date) value))))
                .or(() -> form.problem(LocalDate.now(clock)))
                .or(() -> form.addressProblem(edits::allowedDomains, () -> keptAddresses(form)))
                .ifPresent(problem -> errors.addError(field.getId(), problem.text(texts)));
    }

    /** Stores the first value, then hands its typed addresses on to be recorded with the issue's event. */
    @Override
    public void createValue(CustomField field, Issue issue, Date value) {
        super.createValue(field, issue, value);
        handOn(issue, value);
    }

    /** Stores the changed value, then hands its typed addresses on to be recorded with the issue's event. */
    @Override
    public void updateValue(CustomField field, Issue issue, Date value) {
        super.updateValue(field, issue, value);
        handOn(issue, value);
    }

    /** The edit template's {@code $value}: what to show in its inputs. */
    @Override
    public Object getStringValueFromCustomFieldParams(CustomFieldParams params) {
        return form(params).shown();
    }

    @Override
    public String getChangelogString(CustomField field, Date value) {
        if (value == null) {
            return null;
        }
        CommitmentDate commitment = commitment(value);
        String customer = commitment.customer()
                .orElseGet(() -> texts.text("promisedesk.field.commitment.customer.unknown"));
        String promise = commitment.note()
                .map(note -> texts.text("promisedesk.field.commitment.changelog.note",
                        List.of(commitment.day(), customer, note)))
                .orElseGet(() -> texts.text("promisedesk.field.commitment.changelog",
                        List.of(commitment.day(), customer)));
        // The addresses themselves stay out of the history, which everyone who sees the issue reads.
        return commitment.typedAddresses().isEmpty() ? promise
                : texts.text("promisedesk.field.commitment.changelog.addresses", List.of(promise));
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, fieldLayoutItem);
        CommitmentFieldView view = new CommitmentFieldView(texts);
        // No stored value to read, nor one to overwrite, while an issue is being created.
        Optional<Long> issueId = issue == null ? Optional.empty() : Optional.ofNullable(issue.getId());
        Optional<CommitmentDate> stored = issueId.isEmpty() ? Optional.empty()
                : Optional.ofNullable(getValueFromIssue(field, issue)).map(this::commitment);
        // The addresses are our store's, not the field's: a commitment typed on Jira's screens keeps those it had.
        InformedAddresses addresses = stored.isEmpty() ? InformedAddresses.none()
                : informed.of(IssueKey.parse(issue.getKey()));
        parameters.putAll(view.view(stored, addresses));
        parameters.putAll(view.edit(field.getId(), issueId, stored, addresses));
        return parameters;
    }

    private void handOn(Issue issue, Date value) {
        if (issue != null && value != null) {
            edits.stored(issue.getId(), commitment(value));
        }
    }

    /** The addresses the validated issue's commitment names now; none on a new issue. */
    private InformedAddresses keptAddresses(CommitmentForm form) {
        return form.validatedIssue()
                .flatMap(id -> Optional.ofNullable(issueManager.getIssueObject(id)))
                .map(issue -> informed.of(IssueKey.parse(issue.getKey())))
                .orElse(InformedAddresses.none());
    }

    private CommitmentForm form(CustomFieldParams params) {
        return new CommitmentForm(FieldParams.of(params == null ? null : params.getKeysAndValues()), dates,
                () -> authenticationContext.getLocale());
    }

    private CommitmentDate commitment(Date value) {
        return value instanceof CommitmentDate commitment ? commitment
                : new CommitmentDate(dates.day(value), Optional.empty(), Optional.empty(), dates);
    }

    // Declared: whether Jira's FieldValidationException is checked is not known (docs/jira-api-surface.md).
    private CommitmentDate fromText(String text) throws FieldValidationException {
        try {
            return CommitmentText.decode(text, dates).orElse(null);
        } catch (InvalidValueException invalid) {
            throw new FieldValidationException(FieldProblem.of(invalid).text(texts));
        }
    }
}
