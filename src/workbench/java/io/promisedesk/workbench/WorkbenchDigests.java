package io.promisedesk.workbench;

import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.addressmail.AddressDigest;
import io.promisedesk.addressmail.AddressDigestSender;
import io.promisedesk.addressmail.AddressMailRenderer;
import io.promisedesk.addressmail.AddressStates;
import io.promisedesk.addressmail.InMemoryAddressSubscriptions;
import io.promisedesk.addressmail.SendAddressDigests;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestRun;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.DigestSender;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.digest.InMemoryDigestLedger;
import io.promisedesk.digest.InMemoryDigestPreferenceStore;
import io.promisedesk.digest.IssueSummaries;
import io.promisedesk.digest.PreviewDigest;
import io.promisedesk.digest.Recipient;
import io.promisedesk.digest.SendDigests;
import io.promisedesk.digest.view.DigestMailRenderer;
import io.promisedesk.eta.EtaChangeLog;
import io.promisedesk.inbox.AnsweredRequestLog;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plugin's digests on the workbench's world: choices and marks in memory, the preview of {@link PreviewDigest},
 * and {@link SendDigests} run on demand with a sender that keeps each mail, rendered by the plugin's
 * {@link DigestMailRenderer}, in an outbox instead of Jira's mail queue.
 *
 * <p>The workbench has one salesperson, {@link Role#SALESPERSON}'s label, who made every commitment of the scenario
 * as well as the ones set on the sales pages; the scenario's own first ETAs are not news. Each user is reached at
 * {@code <user>@example.com}, in English; the addresses commitments name get their digests in the same outbox, with
 * unsubscribe links the workbench serves to anyone, as Jira does. Each issue is named by its summary in the world. Who may browse which issue is the pages' to say ({@link WorkbenchAccess}),
 * as each server of the tests may hide issues of the same world.
 */
final class WorkbenchDigests {
    static final ZoneId ZONE = ZoneId.of("UTC");

    private final InMemoryDigestPreferenceStore preferences = new InMemoryDigestPreferenceStore();
    private final InMemoryDigestLedger ledger = new InMemoryDigestLedger();
    private final DigestSchedule schedule = DigestSchedule.in(ZONE);
    private final Outbox outbox = new Outbox();
    private final InMemoryAddressSubscriptions subscriptions = new InMemoryAddressSubscriptions();
    private final AddressStates addressStates;
    private final EtaChangeLog changes;
    private final AnsweredRequestLog answers;
    private final CommitmentStore commitments;
    private final IssueSummaries summaries;
    private final Clock clock;

    /**
     * @param issues an issue as the world has it now: its summary, and the scenario's commitment
     */
    WorkbenchDigests(EtaChangeLog changes, AnsweredRequestLog answers, CommitmentStore commitments,
                     Function<IssueKey, Optional<WorkItem>> issues, Clock clock,
                     java.util.function.Supplier<io.promisedesk.commitment.AllowedEmailDomains> allowedDomains) {
        this.addressStates = new AddressStates(subscriptions, allowedDomains);
        this.changes = (after, upTo) -> changes.changesBetween(after, upTo).stream()
                .filter(change -> !change.author().equals(WorkbenchWorld.SCENARIO_AUTHOR)).toList();
        this.answers = answers;
        this.commitments = new ScenarioCommitments(commitments, issues, clock);
        this.summaries = issue -> issues.apply(issue).map(WorkItem::summary);
        this.clock = clock;
    }

    InMemoryDigestPreferenceStore preferences() {
        return preferences;
    }

    /** The preview of the digest the job would make with {@code browsing}. */
    PreviewDigest preview(BrowsePermissions browsing) {
        return new PreviewDigest(changes, answers, commitments, preferences, ledger, browsing, summaries, schedule,
                clock);
    }

    /** The unsubscribe tokens and unsubscribed addresses of the digests to addresses. */
    InMemoryAddressSubscriptions subscriptions() {
        return subscriptions;
    }

    /** Whether each address a commitment names is mailed, as the sales view shows it. */
    AddressStates addressStates() {
        return addressStates;
    }

    DigestSchedule schedule() {
        return schedule;
    }

    /** Every mail sent so far, oldest first. */
    List<DigestMail> outbox() {
        return outbox.mails();
    }

    /**
     * The unsubscribe link the {@code index}th mail of the outbox (from 0) names in its {@code List-Unsubscribe}
     * header: a digest to an address has one, a salesperson's none.
     */
    Optional<String> listUnsubscribeOf(int index) {
        return outbox.listUnsubscribeOf(index);
    }

    /**
     * Runs the job as it will run each morning from tomorrow's up to the next weekly one, on the world's standing
     * clock: every salesperson gets the news they have now in the digest they chose, once; a second send finds those
     * periods sent; each leaves out what {@code browsing} hides from its reader. Returns what each run did.
     */
    synchronized List<DigestRun> sendNow(BrowsePermissions browsing) {
        Instant now = clock.instant();
        Instant weekly = schedule.nextEnd(DigestFrequency.WEEKLY, schedule.lastEnd(DigestFrequency.WEEKLY, now));
        List<DigestRun> runs = new ArrayList<>();
        for (Instant end = schedule.nextEnd(DigestFrequency.DAILY, schedule.lastEnd(DigestFrequency.DAILY, now));
             !end.isAfter(weekly); end = schedule.nextEnd(DigestFrequency.DAILY, end)) {
            Clock then = Clock.fixed(end.plus(schedule.settle()), ZoneOffset.UTC);
            runs.add(new SendDigests(changes, answers, commitments, preferences, ledger, WorkbenchDigests::recipient,
                    browsing, summaries, outbox, schedule, then).run()
                    .and(new SendAddressDigests(changes, commitments, ledger, browsing, summaries, subscriptions,
                            addressStates, outbox, schedule, then).run()));
        }
        return runs;
    }

    /** {@code Jira admin} is reached at {@code jira.admin@example.com}. */
    private static Optional<Recipient> recipient(String user) {
        String local = user.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
        return Optional.of(new Recipient(user, user, (local.isEmpty() ? "user" : local) + "@example.com",
                Locale.ENGLISH));
    }

    /** Keeps each mail, to salespeople and to addresses, as the plugin renders it for Jira's mail queue. */
    private static final class Outbox implements DigestSender, AddressDigestSender {
        private static final DigestTemplates VELOCITY = JiraLikeVelocity.DIGEST_TEMPLATES;

        // The workbench serves at the root: Jira's base URL is the empty context path.
        private final DigestMailRenderer renderer = new DigestMailRenderer(VELOCITY, "");
        private final AddressMailRenderer addressRenderer = new AddressMailRenderer(VELOCITY, "", ZONE);
        private final List<DigestMail> mails = new ArrayList<>();
        private final Map<Integer, String> listUnsubscribe = new java.util.HashMap<>();

        @Override
        public synchronized void send(Recipient recipient, Digest digest) {
            mails.add(renderer.render(recipient, digest));
        }

        @Override
        public synchronized void send(AddressDigest digest, StatusLinkToken unsubscribe) {
            AddressMailRenderer.AddressMail mail = addressRenderer.render(digest, unsubscribe);
            listUnsubscribe.put(mails.size(), mail.unsubscribeUrl());
            mails.add(mail.mail());
        }

        synchronized List<DigestMail> mails() {
            return List.copyOf(mails);
        }

        synchronized Optional<String> listUnsubscribeOf(int index) {
            return Optional.ofNullable(listUnsubscribe.get(index));
        }
    }
}
