package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.eta.FieldEta;
import io.promisedesk.eta.RecordFieldEta;
import io.promisedesk.inbox.AnsweringEtaHistoryStore;
import io.promisedesk.inbox.EtaRequestStore;
import io.promisedesk.work.IssueKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

/**
 * Records in Promise Desk's ETA history an ETA changed in the issue's ETA field on Jira's own screens, which the
 * field type cannot do itself (it knows neither the issue's key nor the editor when it validates, nor the reason when
 * it stores): told of every issue event, it compares the field with the history ({@link RecordFieldEta}).
 */
public final class EtaFieldEdits {
    private static final Logger LOG = LoggerFactory.getLogger(EtaFieldEdits.class);

    private final RecordFieldEta record;
    private final CustomFieldManager fields;
    private final FieldDates dates;
    private final Clock clock;

    /**
     * Saves through a store that answers the issue's ETA requests, like every other ETA save, but not through
     * {@link FieldSyncingEtaHistoryStore}: the field already holds this ETA, and writing it again from inside Jira's
     * issue event would update the issue once more and fire another event.
     */
    public EtaFieldEdits(EtaHistoryStore stored, EtaRequestStore requests, CustomFieldManager fields, Clock clock) {
        this.record = new RecordFieldEta(new AnsweringEtaHistoryStore(Require.present(stored, "stored"), requests));
        this.fields = Require.present(fields, "fields");
        this.clock = Require.present(clock, "clock");
        // Jira's date fields hold days in the server's time zone, as our field types do.
        this.dates = new FieldDates(clock.getZone());
    }

    /**
     * Jira changed {@code issue} (its event's issue) as {@code user}, null when nobody was signed in. Does nothing
     * without an ETA field or a user to name as the change's author; an empty field is {@link RecordFieldEta}'s to
     * judge.
     */
    public void heard(IssueKey key, Issue issue, ApplicationUser user) {
        Optional<CustomField> field = OurField.of(fields, EtaFieldType.class);
        if (field.isEmpty()) {
            return;
        }
        Object value = issue.getCustomFieldValue(field.get());
        String author = user == null ? null : user.getUsername();
        if (author == null || author.isBlank()) {
            LOG.debug("{} changed by nobody signed in: its ETA field is not compared with its ETA history", key);
            return;
        }
        Optional<LocalDate> day = value instanceof EtaValue eta ? Optional.of(eta.day())
                : value instanceof Date date ? Optional.of(dates.day(date)) : Optional.empty();
        // The reason typed beside the ETA travels on the EtaValue the edit form built. Jira's issue updater hands
        // listeners the issue read back from the database, where only the day is kept, so an edit is usually
        // recorded without it; the reason stays in Jira's change history (docs/architecture.md, "Custom fields").
        Optional<String> reason = value instanceof EtaValue eta ? eta.reason() : Optional.empty();
        try {
            RecordFieldEta.Outcome outcome = record.record(new FieldEta(key, day, reason, author,
                    clock.instant()));
            if (outcome == RecordFieldEta.Outcome.GAVE_UP) {
                LOG.info("{}: the ETA {} set in its field by {} lost twice to other ETA changes and is not recorded",
                        key, day.orElseThrow(), author);
            }
        } catch (RuntimeException failure) {
            // Jira's edit stands whatever happens here; a failing store must not reach the other listeners.
            LOG.error("{}: the ETA {} set in its field by {} could not be recorded", key, day.orElse(null), author,
                    failure);
        }
    }
}
