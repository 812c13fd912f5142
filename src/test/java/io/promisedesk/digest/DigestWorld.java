package io.promisedesk.digest;

import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.inbox.AnswerEtaRequests;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.work.IssueKey;

import java.time.Clock;
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

import static io.promisedesk.fixtures.AskForEtaCommandBuilder.anEtaAsk;
import static io.promisedesk.fixtures.EtaChangeBuilder.anEtaChange;

/**
 * Commitments, ETA changes and requests in memory, with a digest job and preview over them in UTC (periods end at
 * 07:00 UTC, weekly on Mondays), a sender that keeps what it was given or fails on demand, and Jira's browse
 * permission as a list of issues hidden from a user, which counts every question it is asked, and the issues'
 * summaries, which count every read.
 */
final class DigestWorld {
    final MutableClock clock;
    final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    final InMemoryEtaHistoryStore etas = new InMemoryEtaHistoryStore();
    final InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();
    final InMemoryDigestPreferenceStore preferences = new InMemoryDigestPreferenceStore();
    final InMemoryDigestLedger ledger = new InMemoryDigestLedger();
    final DigestSchedule schedule = DigestSchedule.in(ZoneOffset.UTC);
    final List<Sent> sent = new ArrayList<>();
    final Set<String> withoutAddress = new HashSet<>();
    final Set<String> hidden = new HashSet<>();
    final List<String> browseQuestions = new ArrayList<>();
    final Map<String, String> summaries = new HashMap<>();
    final List<String> summaryReads = new ArrayList<>();
    boolean summariesDown;
    boolean mailDown;

    record Sent(Recipient recipient, Digest digest) {
    }

    DigestWorld(String now) {
        this.clock = MutableClock.at(now);
    }

    DigestWorld committed(String issue, String salesperson, String promised) {
        commitments.save(new StoredCommitment(IssueKey.parse(issue), Commitment.of(LocalDate.parse(promised), "ACME"),
                Optional.empty(), salesperson, Instant.parse("2025-01-01T00:00:00Z")),
                commitments.load(IssueKey.parse(issue)).map(SavedCommitment::current));
        return this;
    }

    EtaChange etaMoved(String issue, String at, String from, String to) {
        EtaChange change = anEtaChange().on(issue).by("anna").at(at).from(from).to(to)
                .because(from != null && to.compareTo(from) > 0 ? "waiting for the vendor" : null).build();
        if (!etas.save(change)) {
            throw new IllegalStateException("ETA of " + issue + " is not " + from);
        }
        return change;
    }

    void asked(String issue, String salesperson, String at) {
        new AskForEta(requests, Clock.fixed(Instant.parse(at), ZoneOffset.UTC))
                .ask(anEtaAsk(issue).by(salesperson).asking("When can ACME go live?").build());
    }

    EtaChange answered(String issue, String at, String from, String to) {
        EtaChange change = etaMoved(issue, at, from, to);
        new AnswerEtaRequests(requests).answer(change);
        return change;
    }

    DigestWorld summarised(String issue, String summary) {
        summaries.put(issue, summary);
        return this;
    }

    /** From now on {@code salesperson} may not browse {@code issue}, as after leaving its project's role. */
    DigestWorld hiddenFrom(String salesperson, String issue) {
        hidden.add(salesperson + " " + issue);
        return this;
    }

    void at(String now) {
        clock.set(now);
    }

    SendDigests job() {
        DigestRecipients recipients = user -> withoutAddress.contains(user) ? Optional.empty()
                : Optional.of(new Recipient(user, user.toUpperCase(Locale.ROOT), user + "@example.com", Locale.ENGLISH));
        DigestSender sender = (recipient, digest) -> {
            if (mailDown) {
                throw new DigestNotSentException("mail queue refused", new IllegalStateException("down"));
            }
            sent.add(new Sent(recipient, digest));
        };
        return new SendDigests(etas, requests, commitments, preferences, ledger, recipients, browsing(), summaries(),
                sender, schedule, clock);
    }

    PreviewDigest preview() {
        return new PreviewDigest(etas, requests, commitments, preferences, ledger, browsing(), summaries(), schedule,
                clock);
    }

    private IssueSummaries summaries() {
        return issue -> {
            summaryReads.add(issue.toString());
            if (summariesDown) {
                throw new IllegalStateException("issue store down");
            }
            return Optional.ofNullable(summaries.get(issue.toString()));
        };
    }

    private BrowsePermissions browsing() {
        return (user, issue) -> {
            browseQuestions.add(user + " " + issue);
            return !hidden.contains(user + " " + issue);
        };
    }
}
