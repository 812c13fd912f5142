package io.promisedesk.eta;

import io.promisedesk.work.IssueKey;

/** Where issues' ETA histories are kept; saving is conditional, so two technicians cannot overwrite each other. */
public interface EtaHistoryStore {

    /** The issue's history; empty when nobody has set its ETA. */
    EtaHistory load(IssueKey issue);

    /**
     * Appends {@code change} to its issue's history, atomically and only while the stored current ETA is still the
     * change's old ETA.
     *
     * @return false, saving nothing, when another change got in first
     */
    boolean save(EtaChange change);
}
