package io.promisedesk.eta;

/** Why an ETA update was refused, each with the key of the message that tells the technician. */
public enum EtaRejection {
    /** Somebody else changed the ETA since the technician last saw it. */
    STALE("promisedesk.eta.rejected.stale"),
    UNCHANGED("promisedesk.eta.rejected.unchanged"),
    IN_THE_PAST("promisedesk.eta.rejected.past"),
    /** Later than the {@link io.promisedesk.common.PlanningHorizon} allows. */
    BEYOND_HORIZON("promisedesk.eta.rejected.beyondHorizon"),
    SLIP_WITHOUT_REASON("promisedesk.eta.rejected.slipWithoutReason");

    private final String i18nKey;

    EtaRejection(String i18nKey) {
        this.i18nKey = i18nKey;
    }

    public String i18nKey() {
        return i18nKey;
    }
}
