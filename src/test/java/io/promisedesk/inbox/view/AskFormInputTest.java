package io.promisedesk.inbox.view;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.AskForEtaCommand;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** What sales submitted in the ask form, read as typed and turned into an ask, or refused for the field it names. */
public class AskFormInputTest {
    private static final WorkItem OPS_7 = anIssue("OPS-7").committedTo("2026-03-06", "Globex").build();

    @Test
    public void readsTheParametersAsTyped_aMissingOneAsEmpty() {
        assertEquals(new AskFormInput("today", " ACME ", ""),
                AskFormInput.of(Map.of("urgency", List.of("today"), "customer", List.of(" ACME "))));
    }

    @Test
    public void becomesAnAsk_trimmed_withTheIssuesCommitmentDate() {
        AskForEtaCommand command = new AskFormInput("this-week", " ACME ", "  Before Easter?  ")
                .toCommand(OPS_7, WorkloadWorld.PLATFORM, "sam");

        assertEquals(IssueKey.parse("OPS-7"), command.issue());
        assertEquals(WorkloadWorld.PLATFORM, command.team());
        assertEquals("sam", command.requester());
        assertEquals(new Customer("ACME"), command.customer());
        assertEquals(Urgency.THIS_WEEK, command.urgency());
        assertEquals(Optional.of("Before Easter?"), command.question());
        assertEquals(Optional.of(LocalDate.parse("2026-03-06")), command.commitmentDate());
    }

    @Test
    public void eachUrgencyHasItsFormValue_andABlankQuestionIsNone() {
        WorkItem uncommitted = anIssue("OPS-8").build();
        assertEquals(Urgency.TODAY, new AskFormInput("today", "A", "").toCommand(uncommitted, WorkloadWorld.PLATFORM, "s").urgency());
        AskForEtaCommand noRush = new AskFormInput("no-rush", "A", "   ").toCommand(uncommitted, WorkloadWorld.PLATFORM, "s");
        assertEquals(Urgency.NO_RUSH, noRush.urgency());
        assertEquals(Optional.empty(), noRush.question());
        assertEquals(Optional.empty(), noRush.commitmentDate());
    }

    @Test
    public void refusals_nameTheirField() {
        assertRefused(new AskFormInput("", "ACME", ""), "urgency", "promisedesk.inbox.ask.error.urgency");
        assertRefused(new AskFormInput("TODAY", "ACME", ""), "urgency", "promisedesk.inbox.ask.error.urgency.unknown");
        assertRefused(new AskFormInput("today", " ", ""), "customer", "promisedesk.inbox.ask.error.customer");
        assertRefused(new AskFormInput("today", "A".repeat(256), ""), "customer", "promisedesk.error.tooLong");
        assertRefused(new AskFormInput("today", "ACME", "?".repeat(1_001)), "question", "promisedesk.error.tooLong");
    }

    private static void assertRefused(AskFormInput typed, String field, String key) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> typed.toCommand(OPS_7, WorkloadWorld.PLATFORM, "sam"));
        assertEquals(field, refused.field());
        assertEquals(key, refused.i18nKey());
    }
}
