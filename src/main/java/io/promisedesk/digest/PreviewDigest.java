package io.promisedesk.digest;

import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.commitment.CommitmentStore;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChangeLog;
import io.promisedesk.inbox.AnsweredRequestLog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shows a salesperson their next digest as it stands now: the news gathered since their last one. */
public final class PreviewDigest {
    private final EtaChangeLog changes;
    private final AnsweredRequestLog answers;
    private final CommitmentStore commitments;
    private final DigestPreferenceStore preferences;
    private final DigestLedger ledger;
    private final BrowsePermissions browsing;
    private final IssueSummaries summaries;
    private final DigestSchedule schedule;
    private final Clock clock;

    public PreviewDigest(EtaChangeLog changes, AnsweredRequestLog answers, CommitmentStore commitments,
                         DigestPreferenceStore preferences, DigestLedger ledger, BrowsePermissions browsing,
                         IssueSummaries summaries, DigestSchedule schedule, Clock clock) {
        this.changes = Require.present(changes, "changes");
        this.answers = Require.present(answers, "answers");
        this.commitments = Require.present(commitments, "commitments");
        this.preferences = Require.present(preferences, "preferences");
        this.ledger = Require.present(ledger, "ledger");
        this.browsing = Require.present(browsing, "browsing");
        this.summaries = Require.present(summaries, "summaries");
        this.schedule = Require.present(schedule, "schedule");
        this.clock = Require.present(clock, "clock");
    }

    /**
     * The end of the period whose digest is next: the one that has ended already when the last digest stopped short
     * of it (the job's next run sends it), else the one running now.
     */
    private Instant periodEnd(DigestFrequency frequency, Optional<Instant> mark, Instant lastEnd) {
        if (mark.isPresent() && mark.get().isBefore(lastEnd)) {
            return lastEnd;
        }
        Instant covered = mark.filter(lastEnd::isBefore).orElse(lastEnd);
        Instant next = schedule.nextEnd(frequency, lastEnd);
        while (!next.isAfter(covered)) {
            next = schedule.nextEnd(frequency, next);
        }
        return next;
    }

    /**
     * The user's next digest so far, and when it goes out. Its news starts where their last digest ended (or at the
     * start of the current period when they never had one) and runs until now; it may be empty. Like the digest, it
     * leaves out the issues the user may not browse now, and names the others by their summaries as they are now.
     */
    public DigestPreview preview(String user) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        Instant now = clock.instant();
        DigestFrequency frequency = preferences.frequencyOf(user);
        Instant lastEnd = schedule.lastEnd(frequency, now);
        Optional<Instant> mark = ledger.markOf(user).map(DigestMark::coveredUpTo);
        Instant start = mark.orElse(lastEnd);
        Instant limit = now.minus(SendDigests.MAX_LOOKBACK);
        Instant after = start.isBefore(limit) ? limit : start;
        Instant upTo = after.isAfter(now) ? after : now;
        DigestNews news = DigestNews.read(changes, answers, commitments, after, upTo);
        List<DigestEntry> entries = new BrowseChecks(browsing).visibleTo(user, news.forUser(user, after, upTo));
        Digest digest = new Digest(user, frequency, after, upTo, entries, new SummaryReads(summaries).of(entries));
        return new DigestPreview(digest, periodEnd(frequency, mark, lastEnd).plus(schedule.settle()));
    }
}
