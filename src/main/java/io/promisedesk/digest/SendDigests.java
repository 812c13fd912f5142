package io.promisedesk.digest;

import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChangeLog;
import io.promisedesk.inbox.AnsweredRequestLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * The digest job: sends each salesperson whose period has ended the ETA news of that period, once.
 *
 * <p>A change is never sent twice: each salesperson's periods follow one another without overlap, and a period is
 * claimed in the {@link DigestLedger} (a conditional move) before its digest is handed over. A digest that cannot be
 * handed over releases its claim, so the next run sends it, together with whatever came since. The price of claiming
 * first is that a node dying between the claim and the hand-over loses that one digest rather than sending it twice.
 *
 * <p>A salesperson is told only of issues they may browse when the run makes their digest. A period whose only news
 * is on issues hidden from them counts as without news: its mark moves on all the same, so that news is not sent
 * later either, should they be allowed to see the issue again; by then the issue's pages show them where it stands.
 */
public final class SendDigests {
    /** How far back a run reads news at most: a salesperson whose mark is older (the job was off) misses the rest. */
    public static final Duration MAX_LOOKBACK = Duration.ofDays(35);

    private final EtaChangeLog changes;
    private final AnsweredRequestLog answers;
    private final CommitmentStore commitments;
    private final DigestPreferenceStore preferences;
    private final DigestLedger ledger;
    private final DigestRecipients recipients;
    private final BrowsePermissions browsing;
    private final IssueSummaries summaries;
    private final DigestSender sender;
    private final DigestSchedule schedule;
    private final Clock clock;

    public SendDigests(EtaChangeLog changes, AnsweredRequestLog answers, CommitmentStore commitments,
                       DigestPreferenceStore preferences, DigestLedger ledger, DigestRecipients recipients,
                       BrowsePermissions browsing, IssueSummaries summaries, DigestSender sender,
                       DigestSchedule schedule, Clock clock) {
        this.changes = Require.present(changes, "changes");
        this.answers = Require.present(answers, "answers");
        this.commitments = Require.present(commitments, "commitments");
        this.preferences = Require.present(preferences, "preferences");
        this.ledger = Require.present(ledger, "ledger");
        this.recipients = Require.present(recipients, "recipients");
        this.browsing = Require.present(browsing, "browsing");
        this.summaries = Require.present(summaries, "summaries");
        this.sender = Require.present(sender, "sender");
        this.schedule = Require.present(schedule, "schedule");
        this.clock = Require.present(clock, "clock");
    }

    public DigestRun run() {
        Instant now = clock.instant();
        Map<String, Instant> marks = ledger.marks().stream()
                .filter(mark -> !mark.isAddress())
                .collect(Collectors.toMap(DigestMark::user, DigestMark::coveredUpTo));
        // The daily period always ends last; the weekly one's start lies furthest back for a salesperson without mark.
        Instant readUpTo = schedule.lastEnd(DigestFrequency.DAILY, now);
        Instant readAfter = earliestStart(marks, now, readUpTo);
        DigestNews news = DigestNews.read(changes, answers, commitments, readAfter, readUpTo);

        TreeSet<String> users = new TreeSet<>(news.readers());
        users.addAll(marks.keySet());
        Counts counts = new Counts();
        Run run = new Run(news, new BrowseChecks(browsing), new SummaryReads(summaries), readAfter, now);
        for (String user : users) {
            sendDue(user, Optional.ofNullable(marks.get(user)), run, counts);
        }
        return new DigestRun(counts.sent, counts.withoutNews, counts.unreachable, counts.failures);
    }

    private Instant earliestStart(Map<String, Instant> marks, Instant now, Instant readUpTo) {
        Instant start = schedule.previousEnd(DigestFrequency.WEEKLY, schedule.lastEnd(DigestFrequency.WEEKLY, now));
        for (Instant mark : marks.values()) {
            start = mark.isBefore(start) ? mark : start;
        }
        Instant limit = readUpTo.minus(MAX_LOOKBACK);
        return start.isBefore(limit) ? limit : start;
    }

    private void sendDue(String user, Optional<Instant> mark, Run run, Counts counts) {
        DigestFrequency frequency = preferences.frequencyOf(user);
        Instant end = schedule.lastEnd(frequency, run.now());
        Instant start = mark.orElseGet(() -> schedule.previousEnd(frequency, end));
        if (!start.isBefore(end)) {
            return;
        }
        List<DigestEntry> entries = run.visible().visibleTo(user,
                run.news().forUser(user, start.isBefore(run.readAfter()) ? run.readAfter() : start, end));
        if (entries.isEmpty()) {
            if (ledger.move(user, mark, end)) {
                counts.withoutNews++;
            }
            return;
        }
        Optional<Recipient> recipient = recipients.find(user);
        if (recipient.isEmpty()) {
            if (ledger.move(user, mark, end)) {
                counts.unreachable++;
            }
            return;
        }
        if (!ledger.move(user, mark, end)) {
            return; // another run claimed this period
        }
        try {
            // Read once the digest is sure to go: only issues the reader may browse, and a failed read is retried.
            sender.send(recipient.get(), new Digest(user, frequency, start, end, entries, run.summaries().of(entries)));
            counts.sent++;
        } catch (RuntimeException notSent) {
            // Whatever went wrong, the claim is released: the next run sends this period with the next one's news.
            ledger.move(user, Optional.of(end), start);
            counts.failures.add(user + ": " + notSent.getMessage());
        }
    }

    /** What one run read, and when it runs. */
    private record Run(DigestNews news, BrowseChecks visible, SummaryReads summaries, Instant readAfter, Instant now) {
    }

    /** Tallies of one run. */
    private static final class Counts {
        int sent;
        int withoutNews;
        int unreachable;
        final List<String> failures = new ArrayList<>();
    }
}
