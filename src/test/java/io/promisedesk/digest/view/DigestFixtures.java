package io.promisedesk.digest.view;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestEntry;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.digest.Recipient;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.inbox.Ask;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.EtaRequestId;
import io.promisedesk.inbox.Urgency;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.team.TeamKey;
import io.promisedesk.work.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Digests of the three kinds of news, rendered with the real Velocity and Jira's escaping (HTML) or none (text), as
 * the plugin's {@code DigestTemplates} over Jira's {@code VelocityTemplatingEngine} renders them.
 */
final class DigestFixtures {
    static final String BASE_URL = "https://jira.example.com";
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final String READER = "sara";
    /** Monday 2 March 2026, 07:00 UTC: the digest's period starts here. */
    static final Instant AFTER = Instant.parse("2026-03-02T07:00:00Z");
    static final Instant UP_TO = Instant.parse("2026-03-03T07:00:00Z");
    static final IssueKey SLIPPED = IssueKey.parse("SD-101");
    static final IssueKey ANSWERED = IssueKey.parse("SD-102");
    static final IssueKey FIRST = IssueKey.parse("NET-7");

    /** Renders like the plugin's adapter over Jira's VelocityTemplatingEngine. */
    static final DigestTemplates VELOCITY = JiraLikeVelocity.DIGEST_TEMPLATES;

    private DigestFixtures() {
    }

    static Recipient recipient(String displayName, Locale locale) {
        return new Recipient(READER, displayName, "sara@example.com", locale);
    }

    static StoredCommitment commitment(IssueKey issue, String customer, LocalDate date) {
        return new StoredCommitment(issue, Commitment.of(date, customer), Optional.empty(), READER,
                AFTER.minusSeconds(86_400));
    }

    static EtaChange change(IssueKey issue, String author, String when, String oldEta, String newEta, String reason) {
        return new EtaChange(issue, author, Instant.parse(when), Optional.ofNullable(oldEta).map(LocalDate::parse),
                LocalDate.parse(newEta), Optional.ofNullable(reason));
    }

    static EtaRequest answered(EtaChange answer, String customer, String question) {
        Ask ask = new Ask(READER, new io.promisedesk.commitment.Customer(customer), Urgency.THIS_WEEK,
                Optional.ofNullable(question), Instant.parse("2026-02-27T09:30:00Z"));
        return EtaRequest.open(new EtaRequestId(4), answer.issue(), new TeamKey("platform"), Optional.empty(), ask)
                .answeredBy(answer);
    }

    /**
     * Three issues: SD-101 committed to {@code customer} for 20 March, which slipped to 27 March for {@code reason};
     * SD-102, without commitment, whose ETA moved earlier and answered the reader's {@code question}; NET-7 committed
     * and given its first ETA before the promised date.
     */
    static Digest digest(String customer, String reason, String question, String author, DigestFrequency frequency) {
        EtaChange slip = change(SLIPPED, author, "2026-03-02T09:15:00Z", "2026-03-18", "2026-03-27", reason);
        EtaChange earlier = change(ANSWERED, "tom", "2026-03-02T10:00:00Z", "2026-04-10", "2026-04-03", null);
        EtaChange first = change(FIRST, "tom", "2026-03-02T11:00:00Z", null, "2026-03-12", null);
        return new Digest(READER, frequency, AFTER, UP_TO, List.of(
                new DigestEntry(slip, Optional.of(commitment(SLIPPED, customer, LocalDate.parse("2026-03-20"))),
                        Optional.empty()),
                new DigestEntry(earlier, Optional.empty(), Optional.of(answered(earlier, customer, question))),
                new DigestEntry(first, Optional.of(commitment(FIRST, customer, LocalDate.parse("2026-03-13"))),
                        Optional.empty())));
    }

    /** The digest with {@code summary} as SD-101's and "Router swap" as SD-102's; NET-7 has none (deleted meanwhile). */
    static Digest summarised(Digest digest, String summary) {
        return new Digest(digest.user(), digest.frequency(), digest.after(), digest.upTo(), digest.entries(),
                Map.of(SLIPPED, summary, ANSWERED, "Router swap"));
    }

    static Digest digest() {
        return digest("Globex", "Waiting for the supplier's parts", "Can it ship before the fair?", "tom",
                DigestFrequency.DAILY);
    }

    static DigestMail mail(Digest digest, Recipient recipient) {
        return new DigestMailRenderer(VELOCITY, BASE_URL).render(recipient, digest);
    }
}
