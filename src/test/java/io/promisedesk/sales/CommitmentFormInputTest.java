package io.promisedesk.sales;

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
import static io.promisedesk.sales.SalesRendering.parameters;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class CommitmentFormInputTest {

    @Test
    public void submittedForm_isReadByItsParameterNames_missingOnesEmpty() {
        assertEquals(new CommitmentFormInput("2026-03-30", "ACME", ""),
                CommitmentFormInput.of(parameters("date", "2026-03-30", "customer", "ACME", "atl_token", "t")));
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
        SetCommitmentCommand command = new CommitmentFormInput(" 2026-03-30 ", " ACME ", " by phone ")
                .toCommand(TEAM, OPS_30, "sam");

        assertEquals(new SetCommitmentCommand(TEAM, OPS_30, "sam", LocalDate.parse("2026-03-30"), new Customer("ACME"),
                Optional.of("by phone")), command);
    }

    @Test
    public void missingDate_isRefusedForTheDateField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new CommitmentFormInput(" ", "ACME", "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("date: is required", error.getMessage());
        assertEquals("promisedesk.sales.commitment.error.date.required", error.i18nKey());
    }

    @Test
    public void dateNotInIsoForm_isRefusedForTheDateField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new CommitmentFormInput("30/03/2026", "ACME", "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("date: must be a date like 2026-03-13, was \"30/03/2026\"", error.getMessage());
        assertEquals(List.of("30/03/2026"), error.arguments());
    }

    @Test
    public void blankCustomer_isRefusedForTheCustomerField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new CommitmentFormInput("2026-03-30", " ", "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("customer: is required", error.getMessage());
        assertEquals("promisedesk.sales.commitment.error.customer", error.i18nKey());
    }

    @Test
    public void customerTooLong_isRefusedForTheCustomerField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new CommitmentFormInput("2026-03-30", "c".repeat(256), "").toCommand(TEAM, OPS_30, "sam"));

        assertEquals("customer: must be at most 255 characters, was 256", error.getMessage());
    }
}
