package io.promisedesk.jira.field;

import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;

import java.time.ZoneId;
import java.util.Optional;

/** What our custom fields hold after an ETA or a commitment is saved through Promise Desk's own pages. */
final class FieldValues {
    private final FieldDates dates;

    FieldValues(ZoneId zone) {
        this.dates = new FieldDates(zone);
    }

    /** The new ETA, with its reason for the change history. */
    EtaValue eta(EtaChange change) {
        return new EtaValue(change.newEta(), change.reason(), dates);
    }

    /** The promised day and customer; the note shortened to what the field keeps, since the store keeps it whole. */
    CommitmentDate commitment(StoredCommitment stored) {
        Optional<String> note = stored.note()
                .map(text -> text.length() > CommitmentDate.MAX_NOTE ? text.substring(0, CommitmentDate.MAX_NOTE) : text);
        return new CommitmentDate(stored.commitment().date(),
                stored.commitment().customerIfKnown().map(Customer::name), note, dates);
    }
}
