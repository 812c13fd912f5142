package io.promisedesk.jira.field;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.jira.field.FieldFixtures.DATES;
import static io.promisedesk.jira.field.FieldFixtures.english;
import static io.promisedesk.jira.field.FieldFixtures.form;
import static io.promisedesk.jira.field.FieldFixtures.single;
import static org.junit.Assert.assertEquals;

/** The ETA field's rules on what technicians type: no past ETA, and a slip needs a reason. */
public class EtaFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Optional<String> problem(FieldParams params) {
        return new EtaForm(params, DATES).problem(TODAY).map(problem -> problem.text(english()));
    }

    @Test
    public void aNewEtaInThePast_isRefusedWithAClearMessage() {
        assertEquals(Optional.of("The ETA 2026-03-09 is before today (2026-03-10)."),
                problem(form("2026-03-09", "shown", "2026-03-20")));
    }

    @Test
    public void todayAndLater_areAccepted() {
        assertEquals(Optional.empty(), problem(form("2026-03-10")));
        assertEquals(Optional.empty(), problem(form("2026-04-01")));
    }

    @Test
    public void anEtaBeyondTheHorizon_isRefusedFromTheFormAndFromJirasRestApi() {
        String refusal = "The ETA +99999-01-01 is too far ahead: plan at most 5 years ahead, so 2031-03-10 at the latest.";

        assertEquals(Optional.of(refusal), problem(form("+99999-01-01", "shown", "2026-03-20", "reason", "Supplier")));
        assertEquals(Optional.of(refusal), problem(single("+99999-01-01")));
    }

    @Test
    public void movingTheEtaLater_needsAReason() {
        assertEquals(Optional.of("Moving the ETA later, from 2026-03-20 to 2026-03-27, needs a reason."),
                problem(form("2026-03-27", "shown", "2026-03-20")));
        assertEquals(Optional.of("Moving the ETA later, from 2026-03-20 to 2026-03-27, needs a reason."),
                problem(form("2026-03-27", "shown", "2026-03-20", "reason", "   ")));
        assertEquals(Optional.empty(), problem(form("2026-03-27", "shown", "2026-03-20", "reason", "Supplier late")));
    }

    @Test
    public void movingTheEtaEarlierOrSettingTheFirst_needsNoReason() {
        assertEquals(Optional.empty(), problem(form("2026-03-15", "shown", "2026-03-20")));
        assertEquals(Optional.empty(), problem(form("2026-03-27")));
    }

    @Test
    public void anEtaLeftAsShown_passesEvenWhenItHasPassed_soOtherFieldsCanStillBeSaved() {
        assertEquals(Optional.empty(), problem(form("2026-03-01", "shown", "2026-03-01")));
    }

    @Test
    public void clearingTheEta_isAllowed() {
        assertEquals(Optional.empty(), problem(form("", "shown", "2026-03-20")));
    }

    @Test
    public void aDayThatIsNotADate_isRefused() {
        assertEquals(Optional.of("\"next week\" is not a date; write it like 2026-03-13."), problem(form("next week")));
        assertEquals(Optional.of("\"yesterday\" is not a date; write it like 2026-03-13."),
                problem(form("2026-03-20", "shown", "yesterday")));
    }

    @Test
    public void anEtaSetThroughJirasRestApi_isOnlyJudgedOnThePast() {
        assertEquals(Optional.of("The ETA 2026-03-09 is before today (2026-03-10)."), problem(single("2026-03-09")));
        assertEquals(Optional.empty(), problem(single("2026-06-01")));
    }

    @Test
    public void theValue_carriesTheReasonForTheChangeHistory() {
        EtaValue eta = new EtaForm(form("2026-03-27", "shown", "2026-03-20", "reason", " Supplier late "), DATES)
                .value().orElseThrow();

        assertEquals(LocalDate.of(2026, 3, 27), eta.day());
        assertEquals(Optional.of("Supplier late"), eta.reason());
        assertEquals("a reason alone changes no ETA", new EtaValue(eta.day(), Optional.empty(), DATES), eta);
    }

    @Test
    public void theEditForm_showsTheStoredEta_asTheEtaItWasShownWith() {
        assertEquals(Map.of("date", "2026-03-20", "reason", "", "shown", "2026-03-20"),
                new EtaForm(single("2026-03-20"), DATES).shown());
        assertEquals(Map.of("date", "", "reason", "", "shown", ""), new EtaForm(FieldParams.of(null), DATES).shown());
    }

    @Test
    public void aRefusedForm_showsExactlyWhatWasTyped() {
        assertEquals(Map.of("date", "2026-03-27", "reason", " why ", "shown", "2026-03-20"),
                new EtaForm(form("2026-03-27", "shown", "2026-03-20", "reason", " why "), DATES).shown());
    }
}
