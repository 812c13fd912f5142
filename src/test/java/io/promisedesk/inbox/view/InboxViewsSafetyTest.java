package io.promisedesk.inbox.view;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.fixtures.PlatformScenario;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.Ask;
import io.promisedesk.inbox.Asked;
import io.promisedesk.inbox.EtaInbox;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.EtaRequestId;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.panel.EtaFormInput;
import io.promisedesk.panel.EtaFormView;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.TeamBuilder.aTeam;
import static io.promisedesk.inbox.view.InboxRendering.render;
import static io.promisedesk.inbox.view.InboxRendering.textarea;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * Whatever sales types (customer, question) and whatever Jira holds (summary, team name, the requester's name) stays
 * text on both screens.
 */
public class InboxViewsSafetyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T11:00:00Z");
    private static final IssueKey OPS_7 = IssueKey.parse("OPS-7");

    @Test
    public void hostileCustomerAndQuestion_stayText_inTheAskFormWhenRefused() {
        InboxRendering world = new InboxRendering();
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            AskFormInput typed = new AskFormInput(payload, payload, payload);
            InvalidValueException error = assertThrows(InvalidValueException.class,
                    () -> typed.toCommand(world.issue("OPS-7"), WorkloadWorld.PLATFORM, "sam"));

            Document page = render(AskFormView.TEMPLATE, world.askForm.invalid(world.issue("OPS-7"), Optional.empty(),
                    typed, error, Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, page.getElementById("promisedesk-ask-customer").val());
            assertEquals(payload, textarea(page.getElementById("promisedesk-ask-question")));
            assertEquals(3, page.select("input[type=radio]").size());
        }
    }

    @Test
    public void hostileCustomer_staysText_inTheFreshAndAskedForm() {
        InboxRendering world = new InboxRendering();
        int elements = render(AskFormView.TEMPLATE, world.askForm.fresh(world.issue("OPS-7"), Optional.empty(),
                Locale.ENGLISH)).getAllElements().size();
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            WorkItem issue = WorkItem.builder(OPS_7, StatusCategory.IN_PROGRESS).summary(payload)
                    .commitment(Commitment.of(LocalDate.parse("2026-03-06"), payload)).build();
            Document fresh = render(AskFormView.TEMPLATE, world.askForm.fresh(issue, Optional.empty(), Locale.ENGLISH));
            Asked asked = world.askForEta.ask(new AskFormInput("today", payload, payload)
                    .toCommand(issue, WorkloadWorld.PLATFORM, "sam"));
            Document after = render(AskFormView.TEMPLATE, world.askForm.asked(issue, asked, Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(fresh);
            RenderedHtml.assertNoActiveContent(after);
            assertEquals(payload, elements, fresh.getAllElements().size());
            assertEquals(payload.strip(), fresh.getElementById("promisedesk-ask-customer").val().strip());
        }
    }

    @Test
    public void hostileSummaryCustomerQuestionRequesterAndTeamName_stayText_inTheInbox() {
        int elements = inbox("Ops", "Fix the router", "ACME", "When?").getAllElements().size();
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            Document page = inbox(payload, payload, payload, payload);

            RenderedHtml.assertNoActiveContent(page);
            assertEquals(payload, elements, page.getAllElements().size());
            assertEquals("ETA inbox of " + payload, page.selectFirst("h1").text());
            Element row = page.selectFirst("tbody tr");
            assertEquals(payload, row.selectFirst(".promisedesk-inbox__summary").text());
            assertEquals(payload, row.selectFirst(".promisedesk-inbox__customers").text());
            assertEquals(List.of(payload), row.select(".promisedesk-inbox__question").eachText());
            assertEquals("1 ask by " + payload, row.selectFirst(".promisedesk-inbox__asks").text());
        }
    }

    @Test
    public void hostileTypedReason_staysText_inARefusedRow() {
        for (String payload : XssCorpus.payloads(1_000)) {
            EtaFormInput typed = new EtaFormInput(payload, payload, "");
            InvalidValueException error = assertThrows(InvalidValueException.class,
                    () -> typed.toCommand(PlatformScenario.platformTeam(), OPS_7, "anna"));
            Map<String, Object> etaForm = new EtaFormView("").invalid(OPS_7, Optional.empty(), typed,
                    error, Locale.ENGLISH);
            Team team = aTeam().key("ops").name("Ops").withMember("anna", 40).build();
            WorkItem issue = WorkItem.builder(OPS_7, StatusCategory.IN_PROGRESS).summary("Fix").build();

            Document page = render(EtaInboxView.TEMPLATE, new EtaInboxView("", Duration.ofDays(30)).refused(
                    inboxOf(team, "ACME", "When?"), TeamAssessment.assess(team, List.of(issue), PlatformScenario.TODAY),
                    Map.of(OPS_7, issue), OPS_7, etaForm, Locale.ENGLISH));

            RenderedHtml.assertNoActiveContent(page);
            Element form = page.selectFirst("tbody tr form");
            assertEquals(payload, form.selectFirst("input[name=eta]").val());
            assertEquals(payload, textarea(form.selectFirst("textarea")));
        }
    }

    private static Document inbox(String teamName, String summary, String customer, String question) {
        Team team = aTeam().key("ops").name(teamName).withMember("anna", 40).build();
        WorkItem issue = WorkItem.builder(OPS_7, StatusCategory.IN_PROGRESS).summary(summary).build();
        return render(EtaInboxView.TEMPLATE, new EtaInboxView("https://jira.example.com", Duration.ofDays(30))
                .context(inboxOf(team, customer, question), TeamAssessment.assess(team, List.of(issue),
                        PlatformScenario.TODAY), Map.of(OPS_7, issue), Locale.ENGLISH));
    }

    private static EtaInbox inboxOf(Team team, String customer, String question) {
        EtaRequest request = EtaRequest.open(new EtaRequestId(1), OPS_7, team.key(), Optional.empty(),
                new Ask(customer, new Customer(customer), Urgency.TODAY, Optional.of(question), NOW.minusSeconds(600)));
        return EtaInbox.of(team.key(), List.of(request), MutableClock.at(NOW.toString()));
    }
}
