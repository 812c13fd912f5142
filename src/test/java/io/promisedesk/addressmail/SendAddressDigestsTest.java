package io.promisedesk.addressmail;

import io.promisedesk.commitment.AddressState;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.InformedAddresses;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestNotSentException;
import io.promisedesk.digest.DigestRun;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.digest.InMemoryDigestLedger;
import io.promisedesk.digest.SendDigests;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.XssCorpus;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.work.IssueKey;
import org.jsoup.nodes.Document;
import org.junit.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Digests to the addresses commitments keep informed: once per daily period, one mail per address, in its language,
 * only ETA-only content, only while the commitment's setter may browse the issue, and never after unsubscribing.
 */
public class SendAddressDigestsTest {
    private static final DigestTemplates VELOCITY = JiraLikeVelocity.DIGEST_TEMPLATES;
    private static final String INTERNAL_REASON = "Waiting for the supplier of part 4711";

    // Tuesday 18 March 2025; daily periods end at 07:00 UTC and count as ended from 07:05.
    private final MutableClock clock = MutableClock.at("2025-03-18T07:05:00Z");
    private final InMemoryEtaHistoryStore changes = new InMemoryEtaHistoryStore();
    private final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    private final InMemoryDigestLedger ledger = new InMemoryDigestLedger();
    private final InMemoryAddressSubscriptions subscriptions = new InMemoryAddressSubscriptions();
    private final Set<String> hidden = new HashSet<>();
    private final Map<IssueKey, String> summaries = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final AddressMailRenderer renderer = new AddressMailRenderer(VELOCITY, "https://jira.example.com",
            ZoneOffset.UTC);
    private boolean queueRefuses;

    private record Sent(AddressDigest digest, AddressMailRenderer.AddressMail mail, StatusLinkToken token) {
    }

    private SendAddressDigests job() {
        return new SendAddressDigests(changes, commitments, ledger,
                (user, issue) -> !hidden.contains(user + " " + issue),
                issue -> Optional.ofNullable(summaries.get(issue)), subscriptions, new AddressStates(subscriptions, () -> io.promisedesk.commitment.AllowedEmailDomains.ANY),
                (digest, token) -> {
                    if (queueRefuses) {
                        throw new DigestNotSentException("the queue is full", null);
                    }
                    sent.add(new Sent(digest, renderer.render(digest, token), token));
                }, DigestSchedule.in(ZoneOffset.UTC), clock, new SecureRandom());
    }

    private void committed(String issue, String setter, String addresses, String language) {
        commitments.save(new StoredCommitment(IssueKey.parse(issue), Commitment.of(LocalDate.parse("2025-03-28"),
                "ACME"), Optional.of("Internal: call Jan before Friday"), setter,
                Instant.parse("2025-03-10T09:00:00Z"), InformedAddresses.parse(Optional.of(addresses),
                        Locale.forLanguageTag(language))), Optional.empty());
    }

    private void etaMoved(String issue, String at, String from, String to) {
        changes.save(new EtaChange(IssueKey.parse(issue), "tess.technician", Instant.parse(at),
                Optional.ofNullable(from).map(LocalDate::parse), LocalDate.parse(to), Optional.of(INTERNAL_REASON)));
    }

    @Test
    public void anEtaChange_reachesEveryAddressTheCommitmentNames_onceInTheNextDailyDigest() {
        committed("OPS-1", "sam", "jan@acme.example, buyer@acme.example", "en");
        etaMoved("OPS-1", "2025-03-10T15:00:00Z", null, "2025-03-20");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", "2025-03-20", "2025-03-25");

        DigestRun run = job().run();
        DigestRun again = job().run();
        clock.set("2025-03-19T07:05:00Z");
        DigestRun nextDay = job().run();

        assertEquals(2, run.sent());
        assertEquals(0, again.sent());
        assertEquals(0, nextDay.sent());
        assertEquals(List.of("buyer@acme.example", "jan@acme.example"),
                sent.stream().map(mail -> mail.mail().mail().to()).sorted().toList());
        AddressDigest digest = sent.get(0).digest();
        assertEquals(Instant.parse("2025-03-17T07:00:00Z"), digest.after());
        assertEquals(Instant.parse("2025-03-18T07:00:00Z"), digest.upTo());
        assertEquals(List.of(new AddressNews(IssueKey.parse("OPS-1"), Optional.empty(),
                Optional.of(LocalDate.parse("2025-03-20")), LocalDate.parse("2025-03-25"),
                LocalDate.parse("2025-03-28"))), digest.news());
    }

    @Test
    public void anAddressOnSeveralCommitments_getsOneMailWithAllItsIssues() {
        committed("OPS-1", "sam", "jan@acme.example", "en");
        committed("OPS-2", "kim", "JAN@ACME.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        etaMoved("OPS-2", "2025-03-17T16:00:00Z", null, "2025-03-26");
        etaMoved("OPS-2", "2025-03-17T17:00:00Z", "2025-03-26", "2025-03-27");

        job().run();

        assertEquals(1, sent.size());
        assertEquals(List.of("OPS-1", "OPS-2"),
                sent.get(0).digest().news().stream().map(news -> news.issue().toString()).toList());
        assertEquals(LocalDate.parse("2025-03-27"), sent.get(0).digest().news().get(1).eta());
    }

    @Test
    public void eachAddress_isWrittenInItsOwnLanguage() {
        committed("OPS-1", "sam", "jan@acme.example", "nl");
        committed("OPS-2", "sam", "ann@globex.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        etaMoved("OPS-2", "2025-03-17T15:00:00Z", null, "2025-03-25");

        job().run();

        Map<String, DigestMail> byAddress = new HashMap<>();
        sent.forEach(mail -> byAddress.put(mail.mail().mail().to(), mail.mail().mail()));
        assertEquals("Nieuws over een beloofd issue", byAddress.get("jan@acme.example").subject());
        assertEquals("nl", org.jsoup.Jsoup.parse(byAddress.get("jan@acme.example").html()).selectFirst("html")
                .attr("lang"));
        assertTrue(byAddress.get("jan@acme.example").text().contains("Beloofd voor:"));
        assertEquals("News on one promised issue", byAddress.get("ann@globex.example").subject());
    }

    @Test
    public void theMail_showsNothingInternal_inEitherPart() {
        committed("OPS-1", "sam.salesperson", "jan@acme.example", "en");
        summaries.put(IssueKey.parse("OPS-1"), "Replace the pump");
        etaMoved("OPS-1", "2025-03-10T15:00:00Z", null, "2025-03-20");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", "2025-03-20", "2025-03-25");

        job().run();

        DigestMail mail = sent.get(0).mail().mail();
        Document html = org.jsoup.Jsoup.parse(mail.html());
        for (String text : List.of(html.text(), mail.text())) {
            for (String internal : List.of(INTERNAL_REASON, "tess.technician", "sam.salesperson",
                    "call Jan before Friday", "ACME")) {
                assertFalse(internal + " in " + text, text.contains(internal));
            }
            assertTrue(text, text.contains("Replace the pump"));
        }
        assertEquals(List.of("https://jira.example.com/plugins/servlet/promisedesk/unsubscribe/"
                + sent.get(0).token().text()), html.select("a").eachAttr("href"));
        assertTrue(mail.text().contains(sent.get(0).mail().unsubscribeUrl()));
        assertTrue("mail-safe: no style or script", html.select("style, script, link, [style]").isEmpty());
    }

    @Test
    public void everyHostileSummary_isShownAsText() {
        committed("OPS-1", "sam", "jan@acme.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        for (String payload : XssCorpus.payloads(255)) {
            summaries.put(IssueKey.parse("OPS-1"), payload);
            AddressDigest digest = new AddressDigest(new io.promisedesk.commitment.EmailAddress("jan@acme.example"),
                    Locale.ENGLISH, Instant.parse("2025-03-17T07:00:00Z"), Instant.parse("2025-03-18T07:00:00Z"),
                    List.of(new AddressNews(IssueKey.parse("OPS-1"), Optional.of(payload), Optional.empty(),
                            LocalDate.parse("2025-03-25"), LocalDate.parse("2025-03-28"))));

            Document html = org.jsoup.Jsoup.parse(renderer.render(digest,
                    StatusLinkToken.generate(new SecureRandom())).mail().html());

            assertEquals(payload, html.selectFirst(".promisedesk-address-digest__summary").text().substring(2));
            assertTrue(payload, html.select("script, img, svg, [onmouseover], [onfocus], [onerror]").isEmpty());
        }
    }

    @Test
    public void anIssueTheSetterMayNoLongerBrowse_isNotTold() {
        committed("OPS-1", "sam", "jan@acme.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        hidden.add("sam OPS-1");

        DigestRun run = job().run();

        assertEquals(0, run.sent());
        assertEquals(List.of(), sent);
    }

    @Test
    public void unsubscribing_stopsTheNextDigest_atOnce() {
        committed("OPS-1", "sam", "jan@acme.example, ann@acme.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        job().run();
        StatusLinkToken janToken = sent.stream().filter(mail -> mail.digest().address().text().equals(
                "jan@acme.example")).findFirst().orElseThrow().token();
        new Unsubscribe(subscriptions, clock).confirm(janToken.text());
        sent.clear();

        clock.set("2025-03-19T07:05:00Z");
        etaMoved("OPS-1", "2025-03-18T15:00:00Z", "2025-03-25", "2025-03-27");
        job().run();

        assertEquals(List.of("ann@acme.example"), sent.stream().map(mail -> mail.digest().address().text()).toList());
    }

    @Test
    public void anAddressOutsideTheAllowedDomains_isNotMailed() {
        committed("OPS-1", "sam", "jan@acme.example, ann@globex.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");

        new SendAddressDigests(changes, commitments, ledger, (user, issue) -> true, issue -> Optional.empty(),
                subscriptions, new AddressStates(subscriptions, "acme.example"::equals),
                (digest, token) -> sent.add(new Sent(digest, renderer.render(digest, token), token)),
                DigestSchedule.in(ZoneOffset.UTC), clock).run();

        assertEquals(List.of("jan@acme.example"), sent.stream().map(mail -> mail.digest().address().text()).toList());
    }

    @Test
    public void aDigestTheQueueRefuses_isSentByTheNextRun_withTheNextNews() {
        committed("OPS-1", "sam", "jan@acme.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        queueRefuses = true;

        DigestRun refused = job().run();
        queueRefuses = false;
        clock.set("2025-03-19T07:05:00Z");
        etaMoved("OPS-1", "2025-03-18T15:00:00Z", "2025-03-25", "2025-03-27");
        DigestRun next = job().run();

        assertEquals(1, refused.failed());
        assertEquals(1, next.sent());
        assertEquals(Instant.parse("2025-03-17T07:00:00Z"), sent.get(0).digest().after());
        assertEquals(LocalDate.parse("2025-03-27"), sent.get(0).digest().news().get(0).eta());
    }

    @Test
    public void eachMail_carriesAFreshToken_keptOnlyAsItsHash() {
        committed("OPS-1", "sam", "jan@acme.example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        job().run();
        clock.set("2025-03-19T07:05:00Z");
        etaMoved("OPS-1", "2025-03-18T15:00:00Z", "2025-03-25", "2025-03-27");
        job().run();

        assertEquals(2, sent.size());
        assertFalse(sent.get(0).token().equals(sent.get(1).token()));
        List<Instant> made = List.of(Instant.parse("2025-03-18T07:05:00Z"), Instant.parse("2025-03-19T07:05:00Z"));
        for (int mail = 0; mail < sent.size(); mail++) {
            assertEquals(Optional.of(new UnsubscribeLink(sent.get(mail).digest().address(), made.get(mail))),
                    subscriptions.linkOf(sent.get(mail).token().hash()));
        }
    }

    @Test
    public void aRun_forgetsTheTokensOfExpiredLinks_andKeepsWorkingOnesAndUnsubscribedAddresses() {
        EmailAddress old = new EmailAddress("old@acme.example");
        StatusLinkToken expired = StatusLinkToken.generate(new SecureRandom());
        StatusLinkToken lastDay = StatusLinkToken.generate(new SecureRandom());
        subscriptions.addToken(expired.hash(), old, clock.instant().minus(UnsubscribeLink.LIFETIME).minusSeconds(2));
        subscriptions.addToken(lastDay.hash(), old, clock.instant().minus(UnsubscribeLink.LIFETIME));
        subscriptions.unsubscribe(old, Instant.parse("2024-01-01T00:00:00Z"));

        job().run();

        assertEquals(Optional.empty(), subscriptions.linkOf(expired.hash()));
        assertTrue(subscriptions.linkOf(lastDay.hash()).isPresent());
        assertTrue(subscriptions.isUnsubscribed(old));
    }

    @Test
    public void addressMarks_areLeftAloneBySalespeoplesDigests_andTheirKeysFitTheLedger() {
        committed("OPS-1", "sam", "x".repeat(64) + "@" + "d".repeat(60) + ".example", "en");
        etaMoved("OPS-1", "2025-03-17T15:00:00Z", null, "2025-03-25");
        job().run();

        String key = SendAddressDigests.markKey(sent.get(0).digest().address());
        assertTrue(key.length() <= 255);
        assertEquals(Optional.of(Instant.parse("2025-03-18T07:00:00Z")),
                ledger.markOf(key).map(io.promisedesk.digest.DigestMark::coveredUpTo));
        DigestRun salespeople = new SendDigests(changes, new io.promisedesk.inbox.InMemoryEtaRequestStore(),
                commitments, new io.promisedesk.digest.InMemoryDigestPreferenceStore(), ledger,
                user -> Optional.empty(), (user, issue) -> true, issue -> Optional.empty(), (recipient, digest) -> { },
                DigestSchedule.in(ZoneOffset.UTC), clock).run();
        assertEquals("only sam's mark is a salesperson's", 1, salespeople.withoutNews() + salespeople.unreachable());
        assertEquals(AddressState.MAILED, new AddressStates(subscriptions, () -> io.promisedesk.commitment.AllowedEmailDomains.ANY).apply(sent.get(0).digest().address()));
    }
}
