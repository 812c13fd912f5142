package io.promisedesk.commitment;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Brings an issue's stored commitment up to the one its Sales Commitment field holds once the field was changed
 * outside Promise Desk's pages (Jira's edit screen, a bulk edit, an import, Jira's REST API): the difference becomes
 * one commitment set by whoever changed the issue, so the sales pages, the digests and the addresses' mail see it.
 * It must be given the store itself, not one that writes the field again.
 */
public final class RecordFieldCommitment {

    /** What became of a field's commitment. */
    public enum Outcome {
        /** The field holds no commitment: the store has no "cleared" state, so nothing is recorded. */
        CLEARED,
        /** Nobody was signed in: a stored commitment needs an author, so nothing is recorded. */
        NO_AUTHOR,
        /** The store's current commitment is the field's already: saved by our own pages, or recorded before. */
        ALREADY_RECORDED,
        RECORDED,
        /** Another save got in first twice in a row; the field's commitment is left unrecorded. */
        GAVE_UP
    }

    private final CommitmentStore store;
    private final Function<StoredCommitment, Optional<String>> noteInField;

    /**
     * @param noteInField how the field holds a stored commitment's note (the field keeps a shorter note on one line),
     *                    so that a commitment our own pages saved and wrote into the field compares as equal
     */
    public RecordFieldCommitment(CommitmentStore store, Function<StoredCommitment, Optional<String>> noteInField) {
        this.store = Require.present(store, "store");
        this.noteInField = Require.present(noteInField, "noteInField");
    }

    /**
     * Saves the field's commitment as the issue's current one when it differs from the stored one in date, customer,
     * note or typed addresses. Addresses not typed are the stored commitment's; typed ones keep the languages the
     * stored commitment gave them. A save that loses to another reads the store again and tries once more, since
     * that save may be this very commitment.
     */
    public Outcome record(FieldCommitment field) {
        Require.present(field, "field");
        if (field.commitment().isEmpty()) {
            return Outcome.CLEARED;
        }
        if (field.author().isEmpty()) {
            return Outcome.NO_AUTHOR;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<StoredCommitment> current = store.load(field.issue()).map(SavedCommitment::current);
            if (current.filter(stored -> holds(stored, field)).isPresent()) {
                return Outcome.ALREADY_RECORDED;
            }
            if (store.save(commitmentFor(current, field), current).isPresent()) {
                return Outcome.RECORDED;
            }
        }
        return Outcome.GAVE_UP;
    }

    private boolean holds(StoredCommitment stored, FieldCommitment field) {
        return stored.commitment().equals(field.commitment().orElseThrow())
                && noteInField.apply(stored).equals(field.note())
                && field.typed().map(typed -> typed.sameAddressesAs(stored.informed())).orElse(true);
    }

    /**
     * The commitment that takes the store to the field's. It is dated when it was seen, or at the current one's time
     * if that is later (another node's clock a little ahead), so that the newest stays the current one.
     */
    private static StoredCommitment commitmentFor(Optional<StoredCommitment> current, FieldCommitment field) {
        InformedAddresses kept = current.map(StoredCommitment::informed).orElse(InformedAddresses.none());
        InformedAddresses informed = field.typed().map(typed -> typed.keepingLanguagesOf(kept)).orElse(kept);
        Instant at = current.map(StoredCommitment::at).filter(last -> last.isAfter(field.seen())).orElse(field.seen());
        return new StoredCommitment(field.issue(), field.commitment().orElseThrow(), field.note(),
                field.author().orElseThrow(), at, informed);
    }
}
