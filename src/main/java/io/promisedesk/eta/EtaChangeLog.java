package io.promisedesk.eta;

import java.time.Instant;
import java.util.List;

/** Every issue's ETA changes in one time line, for whoever reports on what moved lately (the digests). */
public interface EtaChangeLog {

    /** The changes made after {@code after} and at or before {@code upTo}, oldest first. */
    List<EtaChange> changesBetween(Instant after, Instant upTo);
}
