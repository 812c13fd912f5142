package io.promisedesk.eta;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.WorkingDays;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class EtaHistoryTest {
    private static final IssueKey OPS_1 = IssueKey.parse("OPS-1");
    private final WorkingDays mondayToFriday = new WorkingDays(aTeam().withMember("anna", 40).build());

    @Test
    public void emptyHistory_hasNoEtaNoChangesAndNoSlips() {
        EtaHistory history = EtaHistory.empty(OPS_1);

        assertEquals(Optional.empty(), history.currentEta());
        assertEquals(Optional.empty(), history.lastChange());
        assertEquals(List.of(), history.changes());
        assertEquals(0, history.slipCount());
        assertEquals(0, history.totalSlipInWorkingDays(mondayToFriday));
    }

    @Test
    public void currentEta_isTheNewestChangesEta() {
        EtaChange first = anEtaChange().to("2025-03-10").at("2025-03-03T09:00:00Z").build();
        EtaChange second = anEtaChange().from("2025-03-10").to("2025-03-07").at("2025-03-04T09:00:00Z").build();

        EtaHistory history = EtaHistory.empty(OPS_1).append(first).append(second);

        assertEquals(Optional.of(LocalDate.parse("2025-03-07")), history.currentEta());
        assertEquals(Optional.of(second), history.lastChange());
        assertEquals(List.of(first, second), history.changes());
    }

    @Test
    public void append_leavesTheOriginalHistoryAsItWas() {
        EtaHistory empty = EtaHistory.empty(OPS_1);

        EtaHistory longer = empty.append(anEtaChange().build());

        assertEquals(List.of(), empty.changes());
        assertEquals(1, longer.changes().size());
    }

    @Test
    public void changeAtTheSameMomentAsTheLast_isAppended() {
        EtaHistory history = EtaHistory.empty(OPS_1).append(anEtaChange().at("2025-03-03T09:00:00Z").build());

        EtaHistory longer = history.append(
                anEtaChange().from("2025-03-10").to("2025-03-07").at("2025-03-03T09:00:00Z").build());

        assertEquals(Optional.of(LocalDate.parse("2025-03-07")), longer.currentEta());
    }

    @Test
    public void changeBeforeTheLastOne_isRefused() {
        EtaHistory history = EtaHistory.empty(OPS_1).append(anEtaChange().at("2025-03-04T09:00:00Z").build());
        EtaChange earlier = anEtaChange().from("2025-03-10").to("2025-03-07").at("2025-03-03T09:00:00Z").build();

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> history.append(earlier));

        assertEquals("when: must not be before the last change at 2025-03-04T09:00:00Z, was 2025-03-03T09:00:00Z",
                error.getMessage());
        assertEquals("promisedesk.eta.error.history.outOfOrder", error.i18nKey());
        assertEquals(List.of(Instant.parse("2025-03-04T09:00:00Z"), Instant.parse("2025-03-03T09:00:00Z")),
                error.arguments());
    }

    @Test
    public void changeForAnotherIssue_isRefused() {
        EtaHistory history = EtaHistory.empty(OPS_1);

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> history.append(anEtaChange().on("OPS-2").build()));

        assertEquals("issue: must be OPS-1, was OPS-2", error.getMessage());
        assertEquals("promisedesk.eta.error.history.otherIssue", error.i18nKey());
        assertEquals(List.of("OPS-1", "OPS-2"), error.arguments());
    }

    @Test
    public void changesOutOfTimeOrder_cannotMakeAHistory() {
        List<EtaChange> changes = List.of(
                anEtaChange().at("2025-03-04T09:00:00Z").build(),
                anEtaChange().from("2025-03-10").to("2025-03-11").at("2025-03-04T08:59:59Z").build());

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new EtaHistory(OPS_1, changes));

        assertEquals("when: must not be before the last change at 2025-03-04T09:00:00Z, was 2025-03-04T08:59:59Z",
                error.getMessage());
    }

    @Test
    public void slipCount_countsOnlyMovesLater() {
        EtaHistory history = historyOf(
                anEtaChange().to("2025-03-05").at("2025-03-03T09:00:00Z").build(),
                anEtaChange().from("2025-03-05").to("2025-03-07").because("vendor").at("2025-03-03T10:00:00Z").build(),
                anEtaChange().from("2025-03-07").to("2025-03-06").at("2025-03-03T11:00:00Z").build(),
                anEtaChange().from("2025-03-06").to("2025-03-12").because("test env").at("2025-03-03T12:00:00Z").build());

        assertEquals(2, history.slipCount());
    }

    @Test
    public void slipOverAWeekendAndATeamHoliday_countsOnlyTheTeamsWorkingDays() {
        WorkingDays withHolidayOnMonday = new WorkingDays(
                aTeam().withMember("anna", 40).nonWorking("2025-03-10").build());
        EtaHistory history = historyOf(
                anEtaChange().to("2025-03-07").at("2025-03-03T09:00:00Z").build(),
                anEtaChange().from("2025-03-07").to("2025-03-11").because("vendor").at("2025-03-04T09:00:00Z").build());

        long slip = history.totalSlipInWorkingDays(withHolidayOnMonday);

        // Fri 7 to Tue 11: Saturday, Sunday and the Monday holiday do not count, Tuesday does.
        assertEquals(1, slip);
    }

    @Test
    public void totalSlip_addsEverySlipAndMovesEarlierEarnNothingBack() {
        EtaHistory history = historyOf(
                anEtaChange().to("2025-03-05").at("2025-03-03T09:00:00Z").build(),
                anEtaChange().from("2025-03-05").to("2025-03-07").because("vendor").at("2025-03-03T10:00:00Z").build(),
                anEtaChange().from("2025-03-07").to("2025-03-06").at("2025-03-03T11:00:00Z").build(),
                anEtaChange().from("2025-03-06").to("2025-03-12").because("test env").at("2025-03-03T12:00:00Z").build());

        long slip = history.totalSlipInWorkingDays(mondayToFriday);

        // Wed 5 to Fri 7 is 2 working days; Thu 6 to Wed 12 is 4 (Fri, Mon, Tue, Wed).
        assertEquals(6, slip);
    }

    private static EtaHistory historyOf(EtaChange... changes) {
        return new EtaHistory(OPS_1, List.of(changes));
    }
}
