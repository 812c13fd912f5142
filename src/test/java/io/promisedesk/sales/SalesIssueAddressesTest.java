package io.promisedesk.sales;

import io.promisedesk.commitment.AddressState;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.promisedesk.fixtures.WorkItemBuilder.anIssue;
import static io.promisedesk.sales.SalesRendering.MONDAY;
import static io.promisedesk.sales.SalesRendering.oneMemberTeam;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The sales view lists the addresses a commitment keeps informed, saying which get no mail and why. */
public class SalesIssueAddressesTest {
    private final WorkItem item = anIssue("S-3").remaining(8).committedTo("2026-03-18").eta("2026-03-13").build();

    @Test
    public void theAddresses_areListed_eachMarkedWhenItIsNotMailed() {
        InformedAddresses informed = InformedAddresses.parse(
                Optional.of("jan@acme.example ann@globex.example bob@acme.example"), Locale.ENGLISH);

        Document page = render(informed, address -> switch (address.text()) {
            case "ann@globex.example" -> AddressState.DOMAIN_NOT_ALLOWED;
            case "bob@acme.example" -> AddressState.UNSUBSCRIBED;
            default -> AddressState.MAILED;
        }, Locale.ENGLISH);

        assertEquals("Kept informed by e-mail", page.selectFirst("dt.promisedesk-fact--informed").text());
        assertEquals(List.of("jan@acme.example", "ann@globex.example (not mailed: its domain is no longer allowed)",
                "bob@acme.example (unsubscribed)"), page.select("li.promisedesk-sales-issue__address").eachText());
    }

    @Test
    public void noAddresses_noRow() {
        assertNull(render(InformedAddresses.none(), address -> AddressState.MAILED, new Locale("nl"))
                .selectFirst(".promisedesk-fact--informed"));
    }

    @Test
    public void hostileAddressText_isShownAsText() {
        for (String payload : XssCorpus.payloads(60)) {
            String local = payload.replaceAll("[^A-Za-z0-9'&=#{}$|~^`!*+/?-]", "").replaceAll("^$", "x");
            InformedAddresses informed = InformedAddresses.parse(Optional.of(local + "@acme.example"), Locale.ENGLISH);

            Document page = render(informed, address -> AddressState.MAILED, Locale.ENGLISH);

            assertEquals(local + "@acme.example", page.selectFirst("li.promisedesk-sales-issue__address").text());
            assertTrue(page.select("script, img, svg").isEmpty());
        }
    }

    private Document render(InformedAddresses informed,
                            java.util.function.Function<io.promisedesk.commitment.EmailAddress, AddressState> states,
                            Locale locale) {
        TeamAssessment assessment = TeamAssessment.assess(oneMemberTeam("platform"), List.of(item), MONDAY);
        Map<String, Object> context = new SalesIssueView("/jira").context(item, assessment,
                StatusPhraseMapping.defaults(), Optional.empty(), informed, states, locale, MONDAY);
        return JiraLikeVelocity.renderDocument(SalesIssueView.TEMPLATE, context);
    }
}
