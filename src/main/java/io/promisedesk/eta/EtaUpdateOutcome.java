package io.promisedesk.eta;

import io.promisedesk.common.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What became of a request to set an issue's ETA: a change in its history, or a refusal by one of the rules. */
public sealed interface EtaUpdateOutcome permits EtaUpdateOutcome.Accepted, EtaUpdateOutcome.Rejected {

    /** The ETA is set and the change is the newest entry of the history. */
    record Accepted(EtaChange change) implements EtaUpdateOutcome {
        public Accepted {
            Require.present(change, "change");
        }
    }

    /**
     * The ETA stays as it was; the outcome carries the current ETA, so that the form can show it
     * beside what the technician typed and nothing is lost.
     *
     * @param reason     the rule that refused the update
     * @param i18nKey    the key of the message, always the reason's
     * @param arguments  the values for the message's placeholders, in order
     * @param currentEta the ETA as stored now
     */
    record Rejected(EtaRejection reason, String i18nKey, List<Object> arguments, Optional<LocalDate> currentEta)
            implements EtaUpdateOutcome {

        public Rejected {
            Require.present(reason, "reason");
            Require.present(currentEta, "currentEta");
            if (!reason.i18nKey().equals(i18nKey)) {
                throw new IllegalArgumentException(
                        "i18nKey " + i18nKey + " must be " + reason.i18nKey() + " for " + reason);
            }
            arguments = List.copyOf(arguments);
        }

        static Rejected because(EtaRejection reason, Optional<LocalDate> currentEta, Object... arguments) {
            return new Rejected(reason, reason.i18nKey(), List.of(arguments), currentEta);
        }
    }
}
