package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Where issues' ETA histories are kept; saving is conditional, so two technicians cannot overwrite each other. */
public interface EtaHistoryStore {

    /** The issue's history; empty when nobody has set its ETA. */
    EtaHistory load(IssueKey issue);

    /**
     * The history of each of {@code issues} (empty for one whose ETA nobody set), read together: a store in a database
     * reads them in a few queries rather than one per issue. This default reads them one by one.
     */
    default Map<IssueKey, EtaHistory> historiesOf(Collection<IssueKey> issues) {
        Map<IssueKey, EtaHistory> histories = new HashMap<>();
        for (IssueKey issue : Require.present(issues, "issues")) {
            histories.put(issue, load(Require.present(issue, "issue")));
        }
        return Map.copyOf(histories);
    }

    /**
     * Appends {@code change} to its issue's history, atomically and only while the stored current ETA is still the
     * change's old ETA.
     *
     * @return false, saving nothing, when another change got in first
     */
    boolean save(EtaChange change);
}
