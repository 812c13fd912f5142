package io.promisedesk.eta;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * Brings an issue's ETA history up to the ETA its field holds once the field was changed outside Promise Desk's pages
 * (Jira's edit screen, a bulk edit, an import): the difference becomes one change by whoever changed the issue, so it
 * counts as a slip and reaches the digests like any other.
 */
public final class RecordFieldEta {

    /** What became of a field's ETA. */
    public enum Outcome {
        /** The field holds no ETA: a history has no "cleared" state, so nothing is recorded. */
        NO_ETA,
        /** The history already ends at the field's ETA: the change came from our own pages, or was recorded already. */
        ALREADY_RECORDED,
        RECORDED,
        /** Another change got in first twice in a row; the field's ETA is left unrecorded. */
        GAVE_UP
    }

    private final EtaHistoryStore store;

    public RecordFieldEta(EtaHistoryStore store) {
        this.store = Require.present(store, "store");
    }

    /**
     * Appends the field's ETA to the issue's history when it differs from the history's current ETA. A save that
     * loses to another change reads the history again and tries once more, since that change may be this very ETA.
     */
    public Outcome record(FieldEta field) {
        Require.present(field, "field");
        if (field.eta().isEmpty()) {
            return Outcome.NO_ETA;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<EtaChange> change = changeFor(store.load(field.issue()), field);
            if (change.isEmpty()) {
                return Outcome.ALREADY_RECORDED;
            }
            if (store.save(change.get())) {
                return Outcome.RECORDED;
            }
        }
        return Outcome.GAVE_UP;
    }

    /**
     * The change that takes {@code history} to the field's ETA; empty when it ends there already or the field holds
     * none. It is dated when it was seen, or at the history's last change if that is later (another node's clock a
     * little ahead), since a history runs in time order.
     */
    static Optional<EtaChange> changeFor(EtaHistory history, FieldEta field) {
        if (field.eta().isEmpty() || history.currentEta().equals(field.eta())) {
            return Optional.empty();
        }
        Instant when = history.lastChange().map(EtaChange::when).filter(last -> last.isAfter(field.seen()))
                .orElse(field.seen());
        return Optional.of(new EtaChange(field.issue(), field.author(), when, history.currentEta(), field.eta().get(),
                field.reason()));
    }
}
