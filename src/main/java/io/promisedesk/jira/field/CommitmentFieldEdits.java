package io.promisedesk.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.commitment.AllowedEmailDomains;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.FieldCommitment;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.RecordFieldCommitment;
import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Records in Promise Desk's commitment store a commitment changed in the issue's Sales Commitment field on Jira's own
 * screens (or by a bulk edit, an import, Jira's REST API): told of every issue event, it compares the field with the
 * store ({@link RecordFieldCommitment}). The addresses typed on the field's edit form are not kept in the field, so
 * the field type hands them over when Jira stores its value ({@link #stored}) and the issue's next event takes them.
 * It also tells the field type which e-mail domains the administrator allows.
 */
public final class CommitmentFieldEdits {
    private static final Logger LOG = LoggerFactory.getLogger(CommitmentFieldEdits.class);
    /** Bounds what an edit whose event never comes (one stored without an event) keeps in memory. */
    static final Duration HAND_OVER_FOR = Duration.ofMinutes(10);

    private final RecordFieldCommitment record;
    private final Supplier<AllowedEmailDomains> allowedDomains;
    private final CustomFieldManager fields;
    private final Clock clock;
    private final FieldDates dates;
    private final Map<Long, Handed> handed = new ConcurrentHashMap<>();

    /**
     * Saves into the store itself, not through {@link FieldSyncingCommitmentStore}: the field holds the commitment
     * already, and writing it again from inside Jira's issue event would update the issue once more.
     */
    public CommitmentFieldEdits(CommitmentStore stored, Supplier<AllowedEmailDomains> allowedDomains,
                                CustomFieldManager fields, Clock clock) {
        FieldValues values = new FieldValues(Require.present(clock, "clock").getZone());
        this.record = new RecordFieldCommitment(Require.present(stored, "stored"),
                commitment -> values.commitment(commitment).note());
        this.allowedDomains = Require.present(allowedDomains, "allowedDomains");
        this.fields = Require.present(fields, "fields");
        this.clock = clock;
        // Jira's date fields hold days in the server's time zone, as our field types do.
        this.dates = new FieldDates(clock.getZone());
    }

    /** The domains the administrator allows now, for the field's rules. */
    AllowedEmailDomains allowedDomains() {
        return allowedDomains.get();
    }

    /** Jira stored {@code value} as the field's value of the issue with id {@code issueId}: keeps its typed addresses. */
    void stored(Long issueId, CommitmentDate value) {
        Instant now = clock.instant();
        handed.values().removeIf(old -> old.at().isBefore(now.minus(HAND_OVER_FOR)));
        if (issueId != null && value != null) {
            value.typedAddresses().ifPresent(typed -> handed.put(issueId, new Handed(typed, now)));
        }
    }

    /**
     * Jira changed {@code issue} (its event's issue) as {@code user}, null when nobody was signed in. Does nothing
     * without a Sales Commitment field; a cleared field and nobody signed in are {@link RecordFieldCommitment}'s to
     * judge.
     */
    public void heard(IssueKey key, Issue issue, ApplicationUser user) {
        Optional<CustomField> field = OurField.of(fields, SalesCommitmentFieldType.class);
        if (field.isEmpty()) {
            return;
        }
        Object value = issue.getCustomFieldValue(field.get());
        Optional<CommitmentDate> commitment = value instanceof CommitmentDate date ? Optional.of(date)
                : value instanceof Date date
                        ? Optional.of(new CommitmentDate(dates.day(date), Optional.empty(), Optional.empty(), dates))
                        : Optional.empty();
        // Jira hands listeners the issue read back from the database, without the typed addresses.
        Optional<InformedAddresses> typed = Optional.ofNullable(issue.getId()).map(handed::remove).map(Handed::addresses)
                .or(() -> commitment.flatMap(CommitmentDate::typedAddresses));
        Optional<String> author = Optional.ofNullable(user).map(ApplicationUser::getUsername);
        try {
            RecordFieldCommitment.Outcome outcome = record.record(new FieldCommitment(key,
                    commitment.map(CommitmentDate::commitment), commitment.flatMap(CommitmentDate::note), typed,
                    author, clock.instant()));
            if (outcome == RecordFieldCommitment.Outcome.GAVE_UP) {
                LOG.info("{}: the commitment set in its field by {} lost twice to other saves and is not recorded",
                        key, author.orElse(null));
            } else if (outcome == RecordFieldCommitment.Outcome.NO_AUTHOR) {
                LOG.debug("{} changed by nobody signed in: its commitment field is not compared with the store", key);
            }
        } catch (RuntimeException failure) {
            // Jira's edit stands whatever happens here; a failing store must not reach the other listeners.
            LOG.error("{}: the commitment set in its field by {} could not be recorded", key, author.orElse(null),
                    failure);
        }
    }

    private record Handed(InformedAddresses addresses, Instant at) {
    }
}
