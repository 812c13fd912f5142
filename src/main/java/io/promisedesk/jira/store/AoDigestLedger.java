package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestLedger;
import io.promisedesk.digest.DigestMark;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps digest marks in Active Objects, a row per salesperson. A move is conditional in the database itself: it
 * deletes the row only where it still holds the expected instant (or, for a first mark, inserts under a unique user
 * column), so of two nodes claiming the same period exactly one succeeds.
 */
public final class AoDigestLedger implements DigestLedger {
    private static final String BY_USER = DigestMarkEntity.USER_NAME + " = ?";

    private final ActiveObjects ao;

    public AoDigestLedger(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<DigestMark> markOf(String user) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        return ao.executeInTransaction(() -> Rows.where(ao, DigestMarkEntity.class, BY_USER, user).stream()
                .findFirst()
                .map(AoDigestLedger::mark));
    }

    @Override
    public List<DigestMark> marks() {
        return ao.executeInTransaction(() -> Rows.all(ao, DigestMarkEntity.class).stream()
                .map(AoDigestLedger::mark)
                .sorted(Comparator.comparing(DigestMark::user))
                .toList());
    }

    @Override
    public boolean move(String user, Optional<Instant> expected, Instant coveredUpTo) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        Require.present(expected, "expected");
        Require.present(coveredUpTo, "coveredUpTo");
        try {
            return ao.executeInTransaction(() -> {
                if (expected.isPresent()) {
                    if (ao.deleteWithSQL(DigestMarkEntity.class, BY_USER + " AND " + DigestMarkEntity.COVERED_UP_TO
                            + " = ?", user, expected.get().toString()) != 1) {
                        throw new ConcurrentWrite();
                    }
                } else if (!Rows.where(ao, DigestMarkEntity.class, BY_USER, user).isEmpty()) {
                    return false;
                }
                ao.create(DigestMarkEntity.class, columns(
                        DigestMarkEntity.USER_NAME, user,
                        DigestMarkEntity.COVERED_UP_TO, coveredUpTo.toString()));
                return true;
            });
        } catch (ConcurrentWrite lost) {
            return false;
        } catch (RuntimeException failure) {
            // The unique user column refused a first mark: another run gave the user theirs first.
            if (expected.isEmpty() && markOf(user).isPresent()) {
                return false;
            }
            throw failure;
        }
    }

    private static DigestMark mark(DigestMarkEntity row) {
        return new DigestMark(row.getUserName(), Rows.instant(row.getCoveredUpTo()));
    }
}
