package io.promisedesk.panel;

import io.promisedesk.common.InvalidValueException;
import io.promisedesk.eta.UpdateEtaCommand;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.panel.EtaFormRendering.OPS_1;
import static io.promisedesk.panel.EtaFormRendering.TEAM;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class EtaFormInputTest {

    @Test
    public void submittedForm_becomesTheCommand() {
        EtaFormInput input = EtaFormInput.of(Map.of("eta", List.of("2026-03-20"), "reason", List.of("  Vendor late "),
                "expectedEta", List.of("2026-03-13"), "atl_token", List.of("t")));

        UpdateEtaCommand command = input.toCommand(TEAM, OPS_1, "anna");

        assertEquals(new UpdateEtaCommand(TEAM, OPS_1, "anna", Optional.of(LocalDate.parse("2026-03-13")),
                LocalDate.parse("2026-03-20"), Optional.of("Vendor late")), command);
    }

    @Test
    public void missingParameters_readAsEmpty_andNoExpectedEtaMeansNone() {
        EtaFormInput input = EtaFormInput.of(Map.of("eta", List.of("2026-03-20")));

        assertEquals(new EtaFormInput("2026-03-20", "", ""), input);
        assertEquals(Optional.empty(), input.toCommand(TEAM, OPS_1, "anna").expectedEta());
        assertEquals(Optional.empty(), input.toCommand(TEAM, OPS_1, "anna").reason());
    }

    @Test
    public void malformedDate_isRefusedForTheDateField() {
        EtaFormInput input = new EtaFormInput("13/03/2026", "", "2026-03-13");

        InvalidValueException error = assertThrows(InvalidValueException.class, () -> input.toCommand(TEAM, OPS_1, "anna"));

        assertEquals("eta", error.field());
        assertEquals("promisedesk.panel.eta.error.date", error.i18nKey());
        assertEquals("eta: must be a date like 2026-03-13, was \"13/03/2026\"", error.getMessage());
        assertEquals(List.of("13/03/2026"), error.arguments());
    }

    @Test
    public void blankDate_isRequired() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new EtaFormInput("  ", "why", "").toCommand(TEAM, OPS_1, "anna"));

        assertEquals("eta", error.field());
        assertEquals("promisedesk.panel.eta.error.required", error.i18nKey());
    }

    @Test
    public void malformedExpectedEta_isRefusedForTheHiddenField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new EtaFormInput("2026-03-20", "", "tomorrow").toCommand(TEAM, OPS_1, "anna"));

        assertEquals("expectedEta", error.field());
    }

    @Test
    public void reasonTooLong_isRefusedForTheReasonField() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> new EtaFormInput("2026-03-20", "x".repeat(1_001), "2026-03-13").toCommand(TEAM, OPS_1, "anna"));

        assertEquals("reason", error.field());
        assertEquals("promisedesk.error.tooLong", error.i18nKey());
    }
}
