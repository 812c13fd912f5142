package io.promisedesk.eta;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The ETA rules for an ETA typed into an issue's ETA field on a Jira screen, where the field only knows the ETA the
 * screen was shown with: a new ETA must not lie in the past nor beyond the planning horizon, and moving it later needs
 * a reason.
 */
public final class EtaFieldRules {
    private EtaFieldRules() {
    }

    /**
     * The first rule the typed ETA breaks, or empty when it may be saved. An ETA left as the screen showed it breaks
     * nothing: saving another field of the issue must not fail on an ETA that has meanwhile passed.
     *
     * @param shownEta the ETA the screen was shown with; empty when the issue had none
     * @param newEta   the ETA typed
     * @param reason   why it moves; trimmed, empty when blank
     * @param today    today in the time zone that decides what "the past" is
     */
    public static Optional<Rejected> firstBroken(Optional<LocalDate> shownEta, LocalDate newEta, Optional<String> reason,
            LocalDate today) {
        Require.present(shownEta, "shownEta");
        Require.present(newEta, "eta");
        Optional<String> trimmed = Require.optionalText(reason, "reason", EtaChange.MAX_REASON);
        Require.present(today, "today");
        if (shownEta.equals(Optional.of(newEta))) {
            return Optional.empty();
        }
        return EtaRules.etaNotInThePast(shownEta, newEta, today)
                .or(() -> EtaRules.etaWithinHorizon(shownEta, newEta, today))
                .or(() -> EtaRules.slipNeedsReason(shownEta, newEta, trimmed));
    }

    /**
     * The rule a typed ETA breaks when nobody knows which ETA the caller saw (a value set through Jira's own REST API
     * or an import): only the past and the horizon can be judged, since whether it slips depends on what the caller saw.
     */
    public static Optional<Rejected> firstBrokenUnseen(LocalDate newEta, LocalDate today) {
        Require.present(newEta, "eta");
        Require.present(today, "today");
        return EtaRules.etaNotInThePast(Optional.empty(), newEta, today)
                .or(() -> EtaRules.etaWithinHorizon(Optional.empty(), newEta, today));
    }
}
