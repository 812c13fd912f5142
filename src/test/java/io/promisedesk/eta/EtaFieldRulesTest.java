package io.promisedesk.eta;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.EtaUpdateOutcome.Rejected;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The ETA rules as the ETA field applies them to what a screen showed and what was typed. */
public class EtaFieldRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate SHOWN = LocalDate.of(2026, 3, 20);

    @Test
    public void thePastIsJudgedBeforeTheSlip() {
        Rejected rejected = EtaFieldRules.firstBroken(Optional.empty(), TODAY.minusDays(1), Optional.empty(), TODAY)
                .orElseThrow();

        assertEquals(EtaRejection.IN_THE_PAST, rejected.reason());
        assertEquals(List.of(TODAY.minusDays(1), TODAY), rejected.arguments());
    }

    @Test
    public void aSlipWithoutReason_namesBothEtas() {
        Rejected rejected = EtaFieldRules.firstBroken(Optional.of(SHOWN), SHOWN.plusDays(7), Optional.of(" "), TODAY)
                .orElseThrow();

        assertEquals(EtaRejection.SLIP_WITHOUT_REASON, rejected.reason());
        assertEquals(List.of(SHOWN, SHOWN.plusDays(7)), rejected.arguments());
    }

    @Test
    public void anUnchangedEta_breaksNothing_evenWhenPast() {
        assertEquals(Optional.empty(), EtaFieldRules.firstBroken(Optional.of(LocalDate.of(2026, 1, 1)),
                LocalDate.of(2026, 1, 1), Optional.empty(), TODAY));
    }

    @Test
    public void anEtaNobodySawBefore_isOnlyJudgedOnThePast() {
        assertEquals(EtaRejection.IN_THE_PAST,
                EtaFieldRules.firstBrokenUnseen(TODAY.minusDays(1), TODAY).orElseThrow().reason());
        assertEquals(Optional.empty(), EtaFieldRules.firstBrokenUnseen(TODAY, TODAY));
    }

    @Test
    public void anEtaBeyondTheHorizon_isRefusedBeforeTheSlip() {
        Rejected rejected = EtaFieldRules.firstBroken(Optional.of(SHOWN), LocalDate.parse("+99999-01-01"),
                Optional.empty(), TODAY).orElseThrow();

        assertEquals(EtaRejection.BEYOND_HORIZON, rejected.reason());
        assertEquals(List.of("+99999-01-01", "2031-03-10", 5), rejected.arguments());
    }

    @Test
    public void anEtaNobodySawBefore_isJudgedOnTheHorizonToo() {
        assertEquals(EtaRejection.BEYOND_HORIZON,
                EtaFieldRules.firstBrokenUnseen(LocalDate.parse("2031-03-11"), TODAY).orElseThrow().reason());
        assertEquals(Optional.empty(), EtaFieldRules.firstBrokenUnseen(LocalDate.parse("2031-03-10"), TODAY));
    }

    @Test
    public void aTooLongReason_isRefused() {
        assertThrows(InvalidValueException.class, () -> EtaFieldRules.firstBroken(Optional.of(SHOWN),
                SHOWN.plusDays(1), Optional.of("r".repeat(EtaChange.MAX_REASON + 1)), TODAY));
    }
}
