package io.promisedesk.inbox;

import java.time.Instant;
import java.util.List;

/** Every team's ETA requests by when they were answered, for whoever reports on what was answered lately. */
public interface AnsweredRequestLog {

    /** The requests answered after {@code after} and at or before {@code upTo}, of any team, oldest answer first. */
    List<EtaRequest> answeredBetween(Instant after, Instant upTo);
}
