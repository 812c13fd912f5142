package io.promisedesk.workload;

import io.promisedesk.common.Hours;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The answer to "can we promise this much work by this date?": yes, or the earliest date that keeps every
 * commitment below critical, or no such date within the horizon.
 */
public record PromiseAnswer(Hours hours, LocalDate wished, boolean feasible, Optional<LocalDate> earliest) {
    public PromiseAnswer {
        if (feasible && !earliest.equals(Optional.of(wished))) {
            throw new IllegalArgumentException("a feasible promise's earliest date is the wished date " + wished);
        }
    }
}
