package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.CommitmentSaved;
import io.promisedesk.commitment.CommitmentStale;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.PromiseOutcome;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.sales.CommitmentFormRendering.OPS_30;
import static io.promisedesk.sales.CommitmentFormRendering.TEAM;
import static io.promisedesk.sales.CommitmentFormRendering.typed;
import static io.promisedesk.sales.CommitmentFormRendering.render;
import static io.promisedesk.sales.CommitmentFormRendering.value;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Whatever sales types as customer or note stays text in every state of the commitment form. */
public class CommitmentFormSafetyTest {
    private final CommitmentFormRendering world = new CommitmentFormRendering();

    @Test
    public void hostileStoredCustomerAndNote_stayText_inTheFreshForm() {
        int elements = render(world.view.fresh(committedTo("ACME"), Optional.of("Call first"), Locale.ENGLISH))
                .getAllElements().size();
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            Document page = render(world.view.fresh(committedTo(payload), Optional.of(payload), Locale.ENGLISH));

            assertInert(payload, page, elements);
            assertEquals(payload, value(page, "customer"));
            assertEquals(payload, value(page, "note"));
            assertEquals("Fri 20 Mar to " + payload, page.selectFirst("dd.promisedesk-fact--currentCommitment").text());
        }
    }

    @Test
    public void hostileTypedCustomerAndNote_stayText_whenChecked() {
        CommitmentFormInput harmless = typed("2026-03-04", "ACME", "Call first");
        int elements = render(world.view.checked(OPS_30, harmless, check(harmless), Locale.ENGLISH)).getAllElements().size();
        for (String payload : XssCorpus.payloads(StoredCommitment.MAX_NOTE)) {
            String customer = payload.length() > Customer.MAX_LENGTH ? payload.substring(0, Customer.MAX_LENGTH) : payload;
            CommitmentFormInput typed = typed("2026-03-04", customer, payload);

            Document page = render(world.view.checked(OPS_30, typed, check(typed), Locale.ENGLISH));

            assertInert(payload, page, elements);
            assertEquals(customer, value(page, "customer"));
            assertEquals(payload, value(page, "note"));
        }
    }

    @Test
    public void hostileCustomerAndNote_stayText_whenSaved() {
        CommitmentFormInput harmless = typed("2026-03-30", "ACME", "Call first");
        int elements = render(world.view.saved(committedTo("ACME"), save(harmless), Locale.ENGLISH)).getAllElements().size();
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            CommitmentSaved saved = save(typed("2026-03-30", payload, payload));

            Document page = render(world.view.saved(committedTo(payload), saved, Locale.ENGLISH));

            assertInert(payload, page, elements);
            String stored = saved.saved().current().commitment().customer().name();
            assertEquals(stored, value(page, "customer"));
            assertEquals("Saved. Promised for Mon 30 Mar to " + stored + ".",
                    page.selectFirst(".promisedesk-commitment-form__confirmation").text());
        }
    }

    @Test
    public void hostileNewerCustomer_staysText_whenASaveIsRefusedAsStale() {
        CommitmentFormInput typed = typed("2026-03-30", "ACME", "Call first");
        int elements = render(world.view.stale(OPS_30, typed, new CommitmentStale(Optional.of(Commitment.of(
                LocalDate.parse("2026-04-03"), "Globex"))), Locale.ENGLISH)).getAllElements().size();
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            CommitmentStale stale = new CommitmentStale(Optional.of(Commitment.of(LocalDate.parse("2026-04-03"), payload)));

            Document page = render(world.view.stale(OPS_30, typed(payload, payload, payload), stale, Locale.ENGLISH));

            assertInert(payload, page, elements);
            String newer = stale.current().orElseThrow().customer().name();
            assertEquals(newer, page.selectFirst("input[name=expectedCustomer]").val());
            assertTrue(page.selectFirst("#promisedesk-commitment-date-error").text()
                    .endsWith("It is now promised for Fri 3 Apr to " + newer + "."));
            assertEquals(payload, value(page, "note"));
        }
    }

    @Test
    public void hostileTypedValues_stayText_whenRefused() {
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            CommitmentFormInput typed = typed(payload, payload, payload);
            InvalidValueException error = assertThrows(InvalidValueException.class,
                    () -> typed.toCommand(TEAM, OPS_30, "sam"));

            Document page = render(world.view.invalid(OPS_30, typed, error, Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, value(page, "date"));
            assertEquals(payload, value(page, "customer"));
            assertEquals(payload, value(page, "note"));
            assertEquals("\"" + payload + "\" is not a date; write it like 2026-03-13.",
                    page.selectFirst("#promisedesk-commitment-date-error").text());
        }
    }

    private PromiseOutcome check(CommitmentFormInput typed) {
        return world.setCommitment.check(typed.toCommand(TEAM, OPS_30, "sam"));
    }

    private CommitmentSaved save(CommitmentFormInput typed) {
        return (CommitmentSaved) world.setCommitment.set(typed.toCommand(TEAM, OPS_30, "sam"));
    }

    private static WorkItem committedTo(String customer) {
        return anIssue("OPS-30").remaining(24).committedTo("2026-03-20", customer).build();
    }

    private static void assertInert(String payload, Document page, int elements) {
        RenderedHtml.assertNoActiveContent(page);
        assertEquals(payload, elements, page.getAllElements().size());
    }
}
