package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.SetCommitmentCommand;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.sales.CommitmentFormInput.Action;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.sales.CommitmentFormRendering.OPS_30;
import static io.promisedesk.sales.CommitmentFormRendering.TEAM;
import static io.promisedesk.sales.CommitmentFormRendering.typed;
import static io.promisedesk.sales.SalesRendering.parameters;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class CommitmentFormInputTest {

    @Test
    public void submittedForm_isReadByItsParameterNames_missingOnesEmpty() {
        assertEquals(new CommitmentFormInput("2026-03-30", "ACME", "", "", ""),
                CommitmentFormInput.of(parameters("date", "2026-03-30", "customer", "ACME", "atl_token", "t")));
        assertEquals(typed("2026-03-30", "ACME", "by phone"), CommitmentFormInput.of(parameters("date", "2026-03-30",
                "customer", "ACME", "note", "by phone", "expectedDate", "2026-03-20", "expectedCustomer", "ACME")));
    }

    @Test
    public void onlyTheSaveButton_saves() {
        assertEquals(Action.SAVE, CommitmentFormInput.action(parameters("action", "save")));
        assertEquals(Action.CHECK, CommitmentFormInput.action(parameters("action", "check")));
        assertEquals(Action.CHECK, CommitmentFormInput.action(Map.of()));
        assertEquals(Action.CHECK, CommitmentFormInput.action(parameters("action", "SAVE ")));
        assertEquals(Action.CHECK, CommitmentFormInput.action(Map.of("action", List.of())));
    }

    @Test
    public void typedValues_becomeTheCommand_trimmed() {
        SetCommitmentCommand command = typed(" 2026-03-30 ", " ACME ", " by phone ")
                .toCommand(TEAM, OPS_30, "sam");

        assertEquals(new SetCommitmentCommand(TEAM, OPS_30, "sam",
                Optional.of(Commitment.of(LocalDate.parse("2026-03-20"), "ACME")), LocalDate.parse("2026-03-30"),
                new Customer("ACME"), Optional.of("by phone"),
                Optional.of(io.promisedesk.commitment.InformedAddresses.none())), command);
    }

    @Test
    public void typedAddresses_becomeTheCommandsAddresses_inTheChosenLanguage_andBadOnesAreRefusedForTheirBox() {
        CommitmentFormInput typed = new CommitmentFormInput("2026-03-30", "ACME", "", "2026-03-20", "ACME",
                "jan@acme.example\nann@ACME.EXAMPLE", "nl");

        assertEquals(Optional.of(io.promisedesk.commitment.InformedAddresses.parse(
                        Optional.of("jan@acme.example ann@acme.example"), java.util.Locale.forLanguageTag("nl"))),
                typed.toCommand(TEAM, OPS_30, "sam").informed());
        io.promisedesk.common.InvalidValueException refused = org.junit.Assert.assertThrows(
                io.promisedesk.common.InvalidValueException.class, () -> new CommitmentFormInput("2026-03-30", "ACME",
                        "", "2026-03-20", "ACME", "jan@acme", "en").toCommand(TEAM, OPS_30, "sam"));
        assertEquals("address", refused.field());
    }

    @Test
    public void theHiddenCommitment_isTheOneExpected_noneWhenEmpty_anUnknownCustomerWhenOnlyTheDate() {
        assertEquals(Optional.empty(), new CommitmentFormInput("2026-03-30", "ACME", "", " ", "")
                .toCommand(TEAM, OPS_30, "sam").expected());
        assertEquals(Optional.of(Commitment.of(LocalDate.parse("2026-03-20"), null)),
                new CommitmentFormInput("2026-03-30", "ACME", "", "2026-03-20", "").toCommand(TEAM, OPS_30, "sam")
                        .expected());
    }

    @Test
    public void anUnreadableHiddenCommitment_isRefusedForTheForm_beforeWhatWasTyped() {
        for (CommitmentFormInput tampered : List.of(new CommitmentFormInput("", "", "", "20/03/2026", "ACME"),
                new CommitmentFormInput("", "", "", "", "ACME"),
                new CommitmentFormInput("", "", "", "2026-03-20", "c".repeat(256)))) {
            InvalidValueException error = assertThrows(InvalidValueException.class,
                    () -> tampered.toCommand(TEAM, OPS_30, "sam"));

            assertEquals(tampered.toString(), CommitmentFormInput.EXPECTED_DATE, error.field());
            assertEquals("promisedesk.sales.commitment.error.form", error.i18nKey());
        }
    }

    @Test
    public void showing_andExpecting_putTheIssuesCommitmentInTheHiddenFields() {
        Optional<Commitment> promised = Optional.of(Commitment.of(LocalDate.parse("2026-04-03"), "Globex"));

        assertEquals(new CommitmentFormInput("2026-04-03", "Globex", "by mail", "2026-04-03", "Globex", "", "en"),
                CommitmentFormInput.showing(promised, Optional.of("by mail")));
        assertEquals(new CommitmentFormInput("", "", "", "", "", "", "en"),
                CommitmentFormInput.showing(Optional.empty(), Optional.empty()));
        assertEquals(new CommitmentFormInput("2026-03-30", "ACME", "", "2026-04-03", "Globex"),
                typed("2026-03-30", "ACME", "").expecting(promised));
    }

    @Test
    public void missingDate_isRefusedForTheDateField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed(" ", "ACME", "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("date: is required", error.getMessage());
        assertEquals("promisedesk.sales.commitment.error.date.required", error.i18nKey());
    }

    @Test
    public void dateNotInIsoForm_isRefusedForTheDateField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed("30/03/2026", "ACME", "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("date: must be a date like 2026-03-13, was \"30/03/2026\"", error.getMessage());
        assertEquals(List.of("30/03/2026"), error.arguments());
    }

    @Test
    public void blankCustomer_isRefusedForTheCustomerField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed("2026-03-30", " ", "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("customer: is required", error.getMessage());
        assertEquals("promisedesk.sales.commitment.error.customer", error.i18nKey());
    }

    @Test
    public void customerTooLong_isRefusedForTheCustomerField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> typed("2026-03-30", "c".repeat(256), "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("customer: must be at most 255 characters, was 256", error.getMessage());
    }
}
