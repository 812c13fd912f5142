package io.promisedesk.addressmail;

import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.commitment.AddressState;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.commitment.InformedAddress;
import io.promisedesk.commitment.SavedCommitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestLedger;
import io.promisedesk.digest.DigestMark;
import io.promisedesk.digest.DigestRun;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.IssueSummaries;
import io.promisedesk.digest.SendDigests;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaChangeLog;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.work.IssueKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The digest job's part for e-mail addresses that commitments keep informed: each address whose daily period has
 * ended gets that period's ETA news on the issues whose current commitment names it, in one mail, once.
 *
 * <p>The rules are the salespeople's ({@link SendDigests}): an address's period is claimed in the same
 * {@link DigestLedger} (under a key of its own, see {@link #markKey}) before its digest is handed over, and released
 * when the hand-over fails, so that the next run sends it; news is read at most {@link SendDigests#MAX_LOOKBACK} back.
 * An address is told of an issue only while the salesperson who set the commitment naming it may browse the issue,
 * the address is not unsubscribed and its domain is allowed, and only what {@link AddressNews} holds. Its language is
 * the one given with it on the newest of those commitments. Each run also forgets the unsubscribe links that expired
 * ({@link ExpiredUnsubscribeLinks}): the job runs once per cluster, so one node does it.
 */
public final class SendAddressDigests {
    /** Addresses have no preference page: they get the daily digest, at the time salespeople get theirs. */
    public static final DigestFrequency FREQUENCY = DigestFrequency.DAILY;

    private final EtaChangeLog changes;
    private final CommitmentStore commitments;
    private final DigestLedger ledger;
    private final BrowsePermissions browsing;
    private final IssueSummaries summaries;
    private final AddressSubscriptions subscriptions;
    private final Function<EmailAddress, AddressState> states;
    private final AddressDigestSender sender;
    private final DigestSchedule schedule;
    private final Clock clock;
    private final SecureRandom random;
    private final ExpiredUnsubscribeLinks expiredLinks;

    public SendAddressDigests(EtaChangeLog changes, CommitmentStore commitments, DigestLedger ledger,
                              BrowsePermissions browsing, IssueSummaries summaries, AddressSubscriptions subscriptions,
                              Function<EmailAddress, AddressState> states, AddressDigestSender sender,
                              DigestSchedule schedule, Clock clock) {
        this(changes, commitments, ledger, browsing, summaries, subscriptions, states, sender, schedule, clock,
                new SecureRandom());
    }

    /** With the tests' source of the unsubscribe tokens' randomness. */
    SendAddressDigests(EtaChangeLog changes, CommitmentStore commitments, DigestLedger ledger,
                       BrowsePermissions browsing, IssueSummaries summaries, AddressSubscriptions subscriptions,
                       Function<EmailAddress, AddressState> states, AddressDigestSender sender,
                       DigestSchedule schedule, Clock clock, SecureRandom random) {
        this.changes = Require.present(changes, "changes");
        this.commitments = Require.present(commitments, "commitments");
        this.ledger = Require.present(ledger, "ledger");
        this.browsing = Require.present(browsing, "browsing");
        this.summaries = Require.present(summaries, "summaries");
        this.subscriptions = Require.present(subscriptions, "subscriptions");
        this.states = Require.present(states, "states");
        this.sender = Require.present(sender, "sender");
        this.schedule = Require.present(schedule, "schedule");
        this.clock = Require.present(clock, "clock");
        this.random = Require.present(random, "random");
        this.expiredLinks = new ExpiredUnsubscribeLinks(subscriptions);
    }

    public DigestRun run() {
        Instant now = clock.instant();
        Instant end = schedule.lastEnd(FREQUENCY, now);
        Map<String, Instant> marks = new HashMap<>();
        ledger.marks().stream().filter(DigestMark::isAddress)
                .forEach(mark -> marks.put(mark.user(), mark.coveredUpTo()));
        Instant firstStart = schedule.previousEnd(FREQUENCY, end);
        Instant readAfter = marks.values().stream().reduce(firstStart, (a, b) -> a.isBefore(b) ? a : b);
        Instant limit = end.minus(SendDigests.MAX_LOOKBACK);
        readAfter = readAfter.isBefore(limit) ? limit : readAfter;

        Map<String, Addressee> addressees = addressees(changes.changesBetween(readAfter, end));
        int sent = 0;
        int withoutNews = 0;
        List<String> failures = new ArrayList<>();
        for (Addressee addressee : addressees.values()) {
            String key = markKey(addressee.address());
            Optional<Instant> mark = Optional.ofNullable(marks.remove(key));
            Instant start = mark.orElse(firstStart);
            if (!start.isBefore(end)) {
                continue;
            }
            Instant after = start.isBefore(readAfter) ? readAfter : start;
            List<AddressNews> news = addressee.newsBetween(after, end, summaries);
            if (news.isEmpty()) {
                if (ledger.move(key, mark, end)) {
                    withoutNews++;
                }
                continue;
            }
            if (!ledger.move(key, mark, end)) {
                continue; // another run claimed this period
            }
            try {
                StatusLinkToken token = StatusLinkToken.generate(random);
                subscriptions.addToken(token.hash(), addressee.address(), now);
                sender.send(new AddressDigest(addressee.address(), addressee.language(), start, end, news), token);
                sent++;
            } catch (RuntimeException notSent) {
                ledger.move(key, Optional.of(end), start);
                failures.add(key + ": " + notSent.getMessage());
            }
        }
        // Addresses with a mark but no news this time: their mark moves on, as a salesperson's does.
        for (Map.Entry<String, Instant> idle : marks.entrySet()) {
            if (idle.getValue().isBefore(end) && ledger.move(idle.getKey(), Optional.of(idle.getValue()), end)) {
                withoutNews++;
            }
        }
        expiredLinks.prune(now);
        return new DigestRun(sent, withoutNews, 0, failures);
    }

    /**
     * Each address the changes' issues' current commitments name and may mail now, with its changes on issues the
     * commitment's setter may browse now.
     */
    private Map<String, Addressee> addressees(List<EtaChange> stretch) {
        Map<IssueKey, Optional<StoredCommitment>> commitmentOf = new HashMap<>();
        Map<IssueKey, Boolean> setterMayBrowse = new HashMap<>();
        Map<String, Addressee> addressees = new TreeMap<>();
        for (EtaChange change : stretch) {
            Optional<StoredCommitment> commitment = commitmentOf.computeIfAbsent(change.issue(),
                    issue -> commitments.load(issue).map(SavedCommitment::current));
            if (commitment.isEmpty() || commitment.get().informed().isEmpty()
                    || !setterMayBrowse.computeIfAbsent(change.issue(),
                            issue -> browsing.canBrowse(commitment.get().author(), issue))) {
                continue;
            }
            for (InformedAddress informed : commitment.get().informed().all()) {
                if (states.apply(informed.address()) != AddressState.MAILED) {
                    continue;
                }
                addressees.computeIfAbsent(markKey(informed.address()), key -> new Addressee(informed.address()))
                        .add(change, commitment.get(), informed);
            }
        }
        return addressees;
    }

    /**
     * The ledger's key of an address: the prefix and the SHA-256 of the address in lower case, so that it fits the
     * ledger's user column whatever the address's length and one mailbox has one mark whatever its case.
     */
    public static String markKey(EmailAddress address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Require.present(address, "address").key().getBytes(StandardCharsets.UTF_8));
            return DigestMark.ADDRESS_PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** One address's changes in a run, and the newest commitment naming it, whose language it is written in. */
    private static final class Addressee {
        private final EmailAddress address;
        private final Map<IssueKey, List<EtaChange>> changes = new LinkedHashMap<>();
        private final Map<IssueKey, StoredCommitment> commitments = new HashMap<>();
        private InformedAddress newest;
        private Instant newestAt;

        Addressee(EmailAddress address) {
            this.address = address;
        }

        void add(EtaChange change, StoredCommitment commitment, InformedAddress informed) {
            changes.computeIfAbsent(change.issue(), any -> new ArrayList<>()).add(change);
            commitments.put(change.issue(), commitment);
            if (newest == null || commitment.at().isAfter(newestAt)) {
                newest = informed;
                newestAt = commitment.at();
            }
        }

        EmailAddress address() {
            return address;
        }

        Locale language() {
            return newest.language();
        }

        /** One item per issue: the ETA before the first change in the stretch and after its last. */
        List<AddressNews> newsBetween(Instant after, Instant upTo, IssueSummaries summaries) {
            List<AddressNews> news = new ArrayList<>();
            changes.forEach((issue, all) -> {
                List<EtaChange> inStretch = all.stream()
                        .filter(change -> change.when().isAfter(after) && !change.when().isAfter(upTo))
                        .sorted(Comparator.comparing(EtaChange::when))
                        .toList();
                if (!inStretch.isEmpty()) {
                    news.add(new AddressNews(issue, summaries.summaryOf(issue).filter(text -> !text.isBlank()),
                            inStretch.get(0).oldEta(), inStretch.get(inStretch.size() - 1).newEta(),
                            commitments.get(issue).commitment().date()));
                }
            });
            return news;
        }
    }
}
