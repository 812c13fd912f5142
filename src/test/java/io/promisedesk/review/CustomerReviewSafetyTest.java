package io.promisedesk.review;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Hours;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.rendering.TemplateSourceRules;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.junit.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;
import static io.promisedesk.review.ReviewFixtures.MONDAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Whatever people typed (summaries, customer names, slip reasons) stays text, and the template calls nothing. */
public class CustomerReviewSafetyTest {
    private static Document page(String summary, String customer, String reason) {
        IssueKey key = IssueKey.parse("X-1");
        WorkItem item = WorkItem.builder(key, StatusCategory.IN_PROGRESS).summary(summary).remaining(Hours.of(8))
                .commitment(Commitment.of(LocalDate.parse("2026-03-20"), customer)).eta(LocalDate.parse("2026-03-13"))
                .build();
        TeamCommitments team = TeamCommitments.of(TeamAssessment.assess(ReviewFixtures.oneMemberTeam("x"), List.of(item),
                MONDAY));
        Map<IssueKey, EtaHistory> histories = Map.of(key, new EtaHistory(key, List.of(
                anEtaChange().on("X-1").at("2026-02-20T09:00:00Z").to("2026-03-12").build(),
                anEtaChange().on("X-1").at("2026-02-21T09:00:00Z").from("2026-03-12").to("2026-03-13")
                        .because(reason).build())));
        List<DeliveredCommitment> delivered = List.of(new DeliveredCommitment(IssueKey.parse("X-2"), summary,
                new Customer(customer), LocalDate.parse("2026-02-20"), LocalDate.parse("2026-02-23")));
        return JiraLikeVelocity.renderDocument(CustomerReviewView.TEMPLATE, new CustomerReviewView(ReviewFixtures.BASE_URL)
                .context(new Customer(customer), List.of(team), histories, delivered, Locale.ENGLISH, MONDAY));
    }

    @Test
    public void hostileSummary_staysText() {
        int elements = page("Harmless", "ACME", "Parts").getAllElements().size();
        for (String payload : XssCorpus.payloads(WorkItem.MAX_TEXT)) {
            Document page = page(payload, "ACME", "Parts");

            assertInert(payload, page, elements);
            assertEquals(List.of(payload, payload), page.select(".promisedesk-review__summary").eachText());
        }
    }

    @Test
    public void hostileCustomer_staysText() {
        int elements = page("Harmless", "ACME", "Parts").getAllElements().size();
        for (String payload : XssCorpus.payloads(Customer.MAX_LENGTH)) {
            Document page = page("Harmless", payload, "Parts");

            assertInert(payload, page, elements);
            assertEquals("Account review: " + payload, page.selectFirst("h1").text());
            String csv = page.selectFirst("a.promisedesk-review__csv").attr("href");
            String prefix = ReviewFixtures.BASE_URL + ReviewLinks.CSV_PATH + "?" + ReviewLinks.CUSTOMER + "=";
            assertTrue(csv, csv.startsWith(prefix) && csv.substring(prefix.length()).matches("[A-Za-z0-9%_~-]+"));
            String decoded = URLDecoder.decode(csv.substring(prefix.length()), StandardCharsets.UTF_8);
            assertEquals(payload, ReviewLinks.customer(Map.of(ReviewLinks.CUSTOMER, List.of(decoded))).orElseThrow().name());
        }
    }

    @Test
    public void hostileSlipReason_staysText() {
        int elements = page("Harmless", "ACME", "Parts").getAllElements().size();
        for (String payload : XssCorpus.payloads(1_000)) {
            Document page = page("Harmless", "ACME", payload);

            assertInert(payload, page, elements);
            assertEquals(payload, page.selectFirst(".promisedesk-review__reason").text());
        }
    }

    @Test
    public void template_keepsTheSourceRules() {
        assertEquals(List.of(), TemplateSourceRules.problems(CustomerReviewView.TEMPLATE));
    }

    private static void assertInert(String payload, Document page, int expectedElements) {
        RenderedHtml.assertNoActiveContent(page);
        assertEquals("elements with " + payload, expectedElements, page.getAllElements().size());
        assertTrue(payload, page.text().contains(payload));
    }
}
