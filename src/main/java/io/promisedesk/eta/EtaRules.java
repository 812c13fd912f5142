package io.promisedesk.eta;

import io.promisedesk.common.PlanningHorizon;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;

import java.time.LocalDate;
import java.util.Optional;

/** The rules an ETA update must pass, checked in the order that gives the technician the most useful refusal. */
final class EtaRules {
    private EtaRules() {
    }

    /** The first rule {@code change} breaks, or empty when it may be saved. */
    static Optional<Rejected> firstBroken(Optional<LocalDate> expectedEta, EtaChange change, LocalDate today) {
        // Staleness first: the other rules judge against an ETA the technician may not have seen.
        return expectedEtaIsCurrent(expectedEta, change.oldEta())
                .or(() -> etaMustChange(change))
                .or(() -> etaNotInThePast(change, today))
                .or(() -> etaWithinHorizon(change.oldEta(), change.newEta(), today))
                .or(() -> slipNeedsReason(change));
    }

    static Optional<Rejected> expectedEtaIsCurrent(Optional<LocalDate> expectedEta, Optional<LocalDate> currentEta) {
        return expectedEta.equals(currentEta)
                ? Optional.empty()
                : Optional.of(stale(currentEta));
    }

    static Rejected stale(Optional<LocalDate> currentEta) {
        return Rejected.because(EtaRejection.STALE, currentEta);
    }

    static Optional<Rejected> etaMustChange(EtaChange change) {
        return change.oldEta().equals(Optional.of(change.newEta()))
                ? Optional.of(Rejected.because(EtaRejection.UNCHANGED, change.oldEta(), change.newEta()))
                : Optional.empty();
    }

    static Optional<Rejected> etaNotInThePast(EtaChange change, LocalDate today) {
        return etaNotInThePast(change.oldEta(), change.newEta(), today);
    }

    static Optional<Rejected> etaNotInThePast(Optional<LocalDate> oldEta, LocalDate newEta, LocalDate today) {
        return newEta.isBefore(today)
                ? Optional.of(Rejected.because(EtaRejection.IN_THE_PAST, oldEta, newEta, today))
                : Optional.empty();
    }

    /** Nobody plans work years ahead: a later date is a typing error, and the engine looks no further. */
    static Optional<Rejected> etaWithinHorizon(Optional<LocalDate> oldEta, LocalDate newEta, LocalDate today) {
        return PlanningHorizon.allows(newEta, today)
                ? Optional.empty()
                : Optional.of(Rejected.because(EtaRejection.BEYOND_HORIZON, oldEta, newEta.toString(),
                        PlanningHorizon.lastDate(today).toString(), PlanningHorizon.YEARS));
    }

    /** Sales promised customers dates on the strength of the old ETA: moving it later must say why. */
    static Optional<Rejected> slipNeedsReason(EtaChange change) {
        return slipNeedsReason(change.oldEta(), change.newEta(), change.reason());
    }

    static Optional<Rejected> slipNeedsReason(Optional<LocalDate> oldEta, LocalDate newEta, Optional<String> reason) {
        boolean slip = oldEta.isPresent() && newEta.isAfter(oldEta.get());
        return slip && reason.isEmpty()
                ? Optional.of(Rejected.because(EtaRejection.SLIP_WITHOUT_REASON, oldEta, oldEta.get(), newEta))
                : Optional.empty();
    }
}
