package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaChangeLog;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps ETA histories in Active Objects, one row per change. A change is written as its issue's next step, a unique
 * column, so of two technicians saving from the same ETA at once the database lets one through. Read as one time
 * line, the changes are found by their time column.
 */
public final class AoEtaHistoryStore implements EtaHistoryStore, EtaChangeLog {
    private final ActiveObjects ao;

    public AoEtaHistoryStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public EtaHistory load(IssueKey issue) {
        Require.present(issue, "issue");
        return ao.executeInTransaction(() -> history(issue));
    }

    /** One query per 500 issues ({@code ISSUE_KEY IN (?, ...)}, an indexed column), in one transaction. */
    @Override
    public Map<IssueKey, EtaHistory> historiesOf(Collection<IssueKey> issues) {
        List<IssueKey> keys = Require.present(issues, "issues").stream()
                .map(issue -> Require.present(issue, "issue")).distinct().toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        return ao.executeInTransaction(() -> {
            Map<String, List<EtaChangeEntity>> rows = new HashMap<>();
            List<String> texts = keys.stream().map(IssueKey::toString).toList();
            for (EtaChangeEntity row : Rows.in(ao, EtaChangeEntity.class, EtaChangeEntity.ISSUE_KEY, texts)) {
                rows.computeIfAbsent(row.getIssueKey(), ignored -> new ArrayList<>()).add(row);
            }
            Map<IssueKey, EtaHistory> histories = new HashMap<>();
            for (IssueKey issue : keys) {
                histories.put(issue, history(issue, rows.getOrDefault(issue.toString(), List.of())));
            }
            return Map.copyOf(histories);
        });
    }

    @Override
    public boolean save(EtaChange change) {
        Require.present(change, "change");
        int[] stepsRead = {0};
        try {
            return ao.executeInTransaction(() -> {
                EtaHistory history = history(change.issue());
                stepsRead[0] = history.changes().size();
                if (!history.currentEta().equals(change.oldEta())) {
                    return false;
                }
                // Checks the change follows the history (same issue, not earlier), as the in-memory store does.
                history.append(change);
                ao.create(EtaChangeEntity.class, row(change, stepsRead[0] + 1));
                return true;
            });
        } catch (RuntimeException failure) {
            // The unique step refused a second writer of the same step: the history grew meanwhile.
            if (load(change.issue()).changes().size() > stepsRead[0]) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public List<EtaChange> changesBetween(Instant after, Instant upTo) {
        Require.present(after, "after");
        Require.present(upTo, "upTo");
        return ao.executeInTransaction(() -> Rows.withinSeconds(ao, EtaChangeEntity.class, EtaChangeEntity.CHANGED_AT,
                        after, upTo).stream()
                .map(row -> change(IssueKey.parse(row.getIssueKey()), row))
                .filter(change -> Rows.within(change.when(), after, upTo))
                .sorted(Comparator.comparing(EtaChange::when).thenComparing(change -> change.issue().toString()))
                .toList());
    }

    private EtaHistory history(IssueKey issue) {
        return history(issue, Rows.where(ao, EtaChangeEntity.class, EtaChangeEntity.ISSUE_KEY + " = ?",
                issue.toString()));
    }

    private static EtaHistory history(IssueKey issue, List<EtaChangeEntity> rows) {
        return new EtaHistory(issue, rows.stream()
                .sorted(Comparator.comparingInt(AoEtaHistoryStore::step))
                .map(row -> change(issue, row))
                .toList());
    }

    private static Map<String, Object> row(EtaChange change, int step) {
        return columns(
                EtaChangeEntity.ISSUE_KEY, change.issue().toString(),
                EtaChangeEntity.ISSUE_STEP, stepOf(change.issue(), step),
                EtaChangeEntity.AUTHOR, change.author(),
                EtaChangeEntity.CHANGED_AT, change.when().toString(),
                EtaChangeEntity.OLD_ETA, Rows.text(change.oldEta()),
                EtaChangeEntity.NEW_ETA, change.newEta().toString(),
                EtaChangeEntity.REASON, change.reason().orElse(null));
    }

    private static EtaChange change(IssueKey issue, EtaChangeEntity row) {
        return new EtaChange(issue, row.getAuthor(), Rows.instant(row.getChangedAt()), Rows.date(row.getOldEta()),
                LocalDate.parse(row.getNewEta()), Rows.optional(row.getReason()));
    }

    static String stepOf(IssueKey issue, int step) {
        return issue + "/" + step;
    }

    private static int step(EtaChangeEntity row) {
        String step = row.getIssueStep();
        return Integer.parseInt(step.substring(step.lastIndexOf('/') + 1));
    }
}
