package io.promisedesk.inbox;

import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where ETA requests are kept; at most one request per issue is open, and replacing is conditional, so that
 * concurrent asks and answers never overwrite each other.
 */
public interface EtaRequestStore {

    /** A number no request has had. */
    EtaRequestId nextId();

    Optional<EtaRequest> openRequestOn(IssueKey issue);

    List<EtaRequest> openRequestsOf(TeamKey team);

    /** The team's requests answered at or after {@code since}. */
    List<EtaRequest> answeredRequestsOf(TeamKey team, Instant since);

    /**
     * Stores {@code after} in place of {@code before}, atomically: a new request ({@code before} empty) only while
     * its issue has no open request, a changed one only while the stored request still equals {@code before}.
     *
     * @return false, storing nothing, when another change got in first
     */
    boolean replace(Optional<EtaRequest> before, EtaRequest after);
}
