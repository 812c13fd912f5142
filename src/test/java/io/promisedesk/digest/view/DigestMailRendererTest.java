package io.promisedesk.digest.view;

import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.jira.servlet.SalesRequests;
import io.promisedesk.rendering.RenderedHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.promisedesk.digest.view.DigestFixtures.AFTER;
import static io.promisedesk.digest.view.DigestFixtures.BASE_URL;
import static io.promisedesk.digest.view.DigestFixtures.DUTCH;
import static io.promisedesk.digest.view.DigestFixtures.READER;
import static io.promisedesk.digest.view.DigestFixtures.UP_TO;
import static io.promisedesk.digest.view.DigestFixtures.change;
import static io.promisedesk.digest.view.DigestFixtures.commitment;
import static io.promisedesk.digest.view.DigestFixtures.digest;
import static io.promisedesk.digest.view.DigestFixtures.mail;
import static io.promisedesk.digest.view.DigestFixtures.recipient;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** A digest's mail: its subject, its HTML part as a mail client reads it, and its text part with the same facts. */
public class DigestMailRendererTest {
    private static Document html(DigestMail mail) {
        return Jsoup.parse(mail.html());
    }

    private static Element issue(Document document, String key) {
        Element issue = document.selectFirst("div.promisedesk-digest__issue[data-issue=" + key + "]");
        assertNotNull("no issue " + key + " in " + document.html(), issue);
        return issue;
    }

    @Test
    public void theMail_goesToTheRecipient_withACountingSubject() {
        DigestMail mail = mail(digest(), recipient("Sara Jansen", Locale.ENGLISH));

        assertEquals("sara@example.com", mail.to());
        assertEquals("Promise Desk: 3 ETA updates on your commitments (daily digest)", mail.subject());
        Digest weeklyOfOne = new Digest(READER, DigestFrequency.WEEKLY, AFTER, UP_TO, digest().entries().subList(0, 1));
        assertEquals("Promise Desk: 1 ETA update on your commitments (weekly digest)",
                mail(weeklyOfOne, recipient("Sara Jansen", Locale.ENGLISH)).subject());
    }

    @Test
    public void theHtmlPart_isAWholeDocumentWithoutStylesOrScripts_addressedToTheReader() {
        Document document = html(mail(digest(), recipient("Sara Jansen", Locale.ENGLISH)));

        assertEquals("en", document.selectFirst("html").attr("lang"));
        assertEquals("Promise Desk: 3 ETA updates on your commitments (daily digest)", document.title());
        assertEquals("Hello Sara Jansen,", document.selectFirst(".promisedesk-digest__greeting").text());
        assertEquals("These ETAs moved since Mon 2 Mar 07:00 UTC.",
                document.selectFirst(".promisedesk-digest__intro").text());
        assertEquals(List.of("SD-101", "SD-102", "NET-7"), document.select("div.promisedesk-digest__issue")
                .stream().map(each -> each.attr("data-issue")).toList());
        assertTrue(document.select("link, style, script").isEmpty());
        RenderedHtml.assertNoActiveContent(document);
        Element footer = document.selectFirst(".promisedesk-digest__footer");
        assertEquals("You get this digest daily. Choose how often, or see your next one, on My digest", footer.text());
        assertEquals(BASE_URL + "/plugins/servlet/promisedesk/digest", footer.selectFirst("a").attr("href"));
    }

    @Test
    public void aSlip_showsTheCommitmentTheMoveItsReasonWhoAndWhen_andThatThePromiseIsAtRisk() {
        Element issue = issue(html(mail(digest(), recipient("Sara Jansen", Locale.ENGLISH))), "SD-101");

        Element link = issue.selectFirst("h2.promisedesk-digest__key a");
        assertEquals("SD-101", link.text());
        assertEquals(BASE_URL + SalesRequests.ISSUE_PATH + "SD-101", link.attr("href"));
        assertEquals("Globex", issue.selectFirst(".promisedesk-digest__customer").text());
        assertEquals("Fri 20 Mar", issue.selectFirst(".promisedesk-digest__promised").text());
        Element change = issue.selectFirst(".promisedesk-digest__change--later");
        assertEquals("ETA slipped later: from Wed 18 Mar to Fri 27 Mar.",
                change.selectFirst(".promisedesk-digest__move").text());
        assertEquals("Reason: Waiting for the supplier's parts", change.selectFirst(".promisedesk-digest__reason").text());
        assertEquals("Changed by tom on Mon 2 Mar 09:15 UTC.", change.selectFirst(".promisedesk-digest__by").text());
        assertTrue(change.select(".promisedesk-digest__answers").isEmpty());
        Element verdict = issue.selectFirst(".promisedesk-digest__verdict");
        assertTrue(verdict.hasClass("promisedesk-digest__verdict--at-risk"));
        assertEquals("At risk: the ETA Fri 27 Mar is after the promised date Fri 20 Mar.", verdict.text());
    }

    @Test
    public void anAnswer_saysWhichRequestItAnswers_withTheReadersQuestion_andNoCommitment() {
        Element issue = issue(html(mail(digest(), recipient("Sara Jansen", Locale.ENGLISH))), "SD-102");

        assertEquals("No commitment on this issue.", issue.selectFirst(".promisedesk-digest__no-commitment").text());
        assertTrue(issue.select(".promisedesk-digest__verdict").isEmpty());
        Element change = issue.selectFirst(".promisedesk-digest__change--earlier");
        assertEquals("ETA moved earlier: from Fri 10 Apr to Fri 3 Apr.",
                change.selectFirst(".promisedesk-digest__move").text());
        assertTrue(change.select(".promisedesk-digest__reason").isEmpty());
        assertEquals("This answers your request of Fri 27 Feb.",
                change.selectFirst(".promisedesk-digest__answers").text());
        assertEquals("Your question:", change.selectFirst(".promisedesk-digest__question-label").text());
        assertEquals(List.of("Can it ship before the fair?"),
                change.select(".promisedesk-digest__question").eachText());
    }

    @Test
    public void aFirstEta_beforeThePromisedDate_isInTime() {
        Element issue = issue(html(mail(digest(), recipient("Sara Jansen", Locale.ENGLISH))), "NET-7");

        assertEquals("ETA set for the first time: Thu 12 Mar.",
                issue.selectFirst(".promisedesk-digest__change--first .promisedesk-digest__move").text());
        Element verdict = issue.selectFirst(".promisedesk-digest__verdict");
        assertFalse(verdict.hasClass("promisedesk-digest__verdict--at-risk"));
        assertEquals("In time: the ETA Thu 12 Mar is on or before the promised date Fri 13 Mar.", verdict.text());
    }

    @Test
    public void twoMovesOfOneIssue_areGroupedUnderIt_oldestFirst_andTheVerdictReadsTheLatest() {
        var promise = Optional.of(commitment(DigestFixtures.SLIPPED, "Globex", LocalDate.parse("2026-03-20")));
        Digest digest = new Digest(READER, DigestFrequency.DAILY, AFTER, UP_TO, List.of(
                new io.promisedesk.digest.DigestEntry(change(DigestFixtures.SLIPPED, "tom", "2026-03-02T09:00:00Z",
                        "2026-03-18", "2026-03-25", "Parts late"), promise, Optional.empty()),
                new io.promisedesk.digest.DigestEntry(change(DigestFixtures.SLIPPED, "tom", "2026-03-02T15:00:00Z",
                        "2026-03-25", "2026-03-19", "Parts found"), promise, Optional.empty())));

        Document document = html(mail(digest, recipient("Sara", Locale.ENGLISH)));

        assertEquals(1, document.select("div.promisedesk-digest__issue").size());
        assertEquals(List.of("Reason: Parts late", "Reason: Parts found"),
                document.select(".promisedesk-digest__reason").eachText());
        assertEquals("In time: the ETA Thu 19 Mar is on or before the promised date Fri 20 Mar.",
                document.selectFirst(".promisedesk-digest__verdict").text());
    }

    @Test
    public void theTextPart_tellsTheSameFacts_inPlainText() {
        String text = mail(digest("Smith & Sons <EU>", "Parts < 10 & late", "Before \"Q2\"?", "tom & jerry",
                DigestFrequency.DAILY), recipient("Sara & co", Locale.ENGLISH)).text();

        assertTrue(text, text.startsWith("Promise Desk: 3 ETA updates on your commitments (daily digest)\n\n"
                + "Hello Sara & co,\n\nThese ETAs moved since Mon 2 Mar 07:00 UTC.\n"));
        assertTrue(text, text.contains("== SD-101 ==\n" + BASE_URL + "/plugins/servlet/promisedesk/sales/issue/SD-101\n"
                + "Customer: Smith & Sons <EU>\nPromised for: Fri 20 Mar\n"
                + "At risk: the ETA Fri 27 Mar is after the promised date Fri 20 Mar.\n"));
        assertTrue(text, text.contains("* ETA slipped later: from Wed 18 Mar to Fri 27 Mar.\n"
                + "  Reason: Parts < 10 & late\n  Changed by tom & jerry on Mon 2 Mar 09:15 UTC.\n"));
        assertTrue(text, text.contains("== SD-102 ==\n"));
        assertTrue(text, text.contains("No commitment on this issue.\n"));
        assertTrue(text, text.contains("  This answers your request of Fri 27 Feb.\n  Your question:\n"
                + "  - Before \"Q2\"?\n"));
        assertTrue(text, text.contains("* ETA set for the first time: Thu 12 Mar.\n"));
        assertTrue(text, text.endsWith("--\nYou get this digest daily. Choose how often, or see your next one, on\n"
                + BASE_URL + "/plugins/servlet/promisedesk/digest\n"));
        for (String entity : List.of("&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "<p", "<li")) {
            assertFalse(entity + " in\n" + text, text.contains(entity));
        }
    }

    @Test
    public void inDutch_theMailReadsDutch() {
        DigestMail mail = mail(digest("Globex", "Wachten op onderdelen", "Kan het voor de beurs?", "tom",
                DigestFrequency.WEEKLY), recipient("Sara Jansen", DUTCH));
        Document document = html(mail);

        assertEquals("Promise Desk: 3 ETA-wijzigingen op uw toezeggingen (wekelijks overzicht)", mail.subject());
        assertEquals("nl", document.selectFirst("html").attr("lang"));
        assertEquals("Hallo Sara Jansen,", document.selectFirst(".promisedesk-digest__greeting").text());
        assertEquals("Deze ETA's zijn veranderd sinds ma 2 mrt 07:00 UTC.",
                document.selectFirst(".promisedesk-digest__intro").text());
        Element slip = issue(document, "SD-101");
        assertEquals("Klant", slip.selectFirst("th").text());
        assertEquals("ETA uitgesteld: van wo 18 mrt naar vr 27 mrt.",
                slip.selectFirst(".promisedesk-digest__move").text());
        assertEquals("Risico: de ETA vr 27 mrt ligt na de toegezegde datum vr 20 mrt.",
                slip.selectFirst(".promisedesk-digest__verdict").text());
        assertEquals("Dit beantwoordt uw verzoek van vr 27 feb.",
                issue(document, "SD-102").selectFirst(".promisedesk-digest__answers").text());
        assertTrue(mail.text(), mail.text().contains("  Reden: Wachten op onderdelen\n"));
        assertTrue(mail.text(), mail.text().contains("U krijgt dit overzicht wekelijks."));
    }

    @Test
    public void eachIssue_isNamedByItsSummaryBesideItsLinkedKey_andAnIssueWithoutSummaryByItsKeyAlone() {
        Document document = html(mail(DigestFixtures.summarised(digest(), "Fibre link for the Delft office"),
                recipient("Sara", Locale.ENGLISH)));

        assertEquals(List.of("SD-101 \u2014 Fibre link for the Delft office", "SD-102 \u2014 Router swap", "NET-7"),
                document.select("h2.promisedesk-digest__key").eachText());
        assertEquals(List.of("SD-101", "SD-102", "NET-7"), document.select("h2.promisedesk-digest__key a").eachText());
        assertEquals(List.of("\u2014 Fibre link for the Delft office", "\u2014 Router swap"),
                document.select(".promisedesk-digest__summary").eachText());
        assertTrue(issue(document, "NET-7").select(".promisedesk-digest__summary").isEmpty());
    }

    @Test
    public void theTextPart_namesEachIssueByItsSummaryAsTyped_andAnIssueWithoutSummaryByItsKey() {
        String text = mail(DigestFixtures.summarised(digest(), "Fibre & <copper> \"link\""),
                recipient("Sara", Locale.ENGLISH)).text();

        assertTrue(text, text.contains("== SD-101 \u2014 Fibre & <copper> \"link\" ==\n" + BASE_URL
                + "/plugins/servlet/promisedesk/sales/issue/SD-101\n"));
        assertTrue(text, text.contains("== SD-102 \u2014 Router swap ==\n"));
        assertTrue(text, text.contains("== NET-7 ==\n"));
        assertFalse(text, text.contains("&amp;"));
    }

    @Test
    public void inDutch_theSummaryStandsBesideTheKeyAsTyped() {
        DigestMail mail = mail(DigestFixtures.summarised(digest(), "Glasvezel voor kantoor Delft"),
                recipient("Sara Jansen", DUTCH));

        assertEquals("SD-101 \u2014 Glasvezel voor kantoor Delft",
                issue(html(mail), "SD-101").selectFirst("h2").text());
        assertEquals("Klant", issue(html(mail), "SD-101").selectFirst("th").text());
        assertTrue(mail.text(), mail.text().contains("== SD-101 \u2014 Glasvezel voor kantoor Delft ==\n"));
        assertTrue(mail.text(), mail.text().contains("== NET-7 ==\nhttps://"));
    }
}
