package io.promisedesk.digest.view;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.commitment.StoredCommitment;
import io.promisedesk.common.Require;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestEntry;
import io.promisedesk.digest.DigestFrequency;
import io.promisedesk.digest.Recipient;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.inbox.Ask;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a digest into the context of {@code templates/digest/digest-html.vm} and {@code digest-text.vm}: the news
 * grouped by issue in the order it first moved, as plain JDK values with every text in the reader's language. The
 * same context serves the mail (a whole document, with a greeting) and the preview on the digest page (the body only).
 */
public final class DigestView {
    public static final String HTML_TEMPLATE = "templates/digest/digest-html.vm";
    public static final String TEXT_TEMPLATE = "templates/digest/digest-text.vm";

    private final DigestLinks links;
    private final ZoneId zone;

    /** {@code baseUrl} is Jira's; dates and times are written in {@code zone}. */
    public DigestView(String baseUrl, ZoneId zone) {
        this.links = new DigestLinks(baseUrl);
        this.zone = Require.present(zone, "zone");
    }

    /** The mail's subject line in the recipient's language. */
    public String subject(Recipient recipient, Digest digest) {
        DigestWords words = new DigestWords(Require.present(recipient, "recipient").locale(), zone);
        return subject(words, Require.present(digest, "digest"));
    }

    /** The mail's context: the whole document, addressed to the recipient. */
    public Map<String, Object> mail(Recipient recipient, Digest digest) {
        Require.present(recipient, "recipient");
        Require.present(digest, "digest");
        DigestWords words = new DigestWords(recipient.locale(), zone);
        Map<String, Object> context = body(words, digest);
        context.put("document", true);
        context.put("greeting", words.text("promisedesk.digest.greeting", recipient.displayName()));
        return Collections.unmodifiableMap(context);
    }

    /** The preview's context: the same body as the mail's, without the document around it. */
    public Map<String, Object> preview(Digest digest, Locale locale) {
        DigestWords words = new DigestWords(Require.present(locale, "locale"), zone);
        Map<String, Object> context = body(words, Require.present(digest, "digest"));
        context.put("document", false);
        return Collections.unmodifiableMap(context);
    }

    private Map<String, Object> body(DigestWords words, Digest digest) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", words.locale().getLanguage().isEmpty() ? "en" : words.locale().getLanguage());
        context.put("title", subject(words, digest));
        context.put("intro", words.text("promisedesk.digest.intro", words.time(digest.after())));
        List<Object> issues = issues(words, digest);
        context.put("hasIssues", !issues.isEmpty());
        context.put("issues", issues);
        context.put("empty", words.text("promisedesk.digest.empty"));
        context.put("footer", words.text(digest.frequency() == DigestFrequency.WEEKLY
                ? "promisedesk.digest.footer.weekly" : "promisedesk.digest.footer.daily"));
        context.put("pageHref", links.page());
        context.put("pageLink", words.text("promisedesk.digest.footer.link"));
        return context;
    }

    private static String subject(DigestWords words, Digest digest) {
        String kind = words.text(digest.frequency() == DigestFrequency.WEEKLY
                ? "promisedesk.digest.kind.weekly" : "promisedesk.digest.kind.daily");
        return words.text("promisedesk.digest.subject", digest.entries().size(), kind);
    }

    private List<Object> issues(DigestWords words, Digest digest) {
        Map<IssueKey, List<DigestEntry>> byIssue = new LinkedHashMap<>();
        for (DigestEntry entry : digest.entries()) {
            byIssue.computeIfAbsent(entry.change().issue(), any -> new ArrayList<>()).add(entry);
        }
        List<Object> issues = new ArrayList<>();
        byIssue.forEach((key, entries) -> issues.add(issue(words, digest, key, entries)));
        return List.copyOf(issues);
    }

    private Map<String, Object> issue(DigestWords words, Digest digest, IssueKey key, List<DigestEntry> entries) {
        DigestEntry latest = entries.get(entries.size() - 1);
        Optional<Commitment> commitment = latest.commitment().map(StoredCommitment::commitment);
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("key", key.toString());
        issue.put("href", links.issue(key));
        Optional<String> summary = digest.summaryOf(key);
        issue.put("hasSummary", summary.isPresent());
        issue.put("summary", summary.orElse(""));
        // The text part's heading; templates stay ASCII, so the dash comes from here.
        issue.put("name", summary.map(text -> key + " \u2014 " + text).orElse(key.toString()));
        issue.put("hasCommitment", commitment.isPresent());
        issue.put("customerLabel", words.text("promisedesk.digest.label.customer"));
        issue.put("customer", commitment.flatMap(Commitment::customerIfKnown).map(Customer::name)
                .orElseGet(() -> words.text("promisedesk.digest.customer.unknown")));
        issue.put("promisedLabel", words.text("promisedesk.digest.label.promised"));
        issue.put("promised", commitment.map(promise -> words.date(promise.date())).orElse(""));
        LocalDate eta = latest.change().newEta();
        boolean atRisk = commitment.map(promise -> eta.isAfter(promise.date())).orElse(false);
        issue.put("atRisk", atRisk);
        issue.put("verdict", commitment.map(promise -> words.text(atRisk ? "promisedesk.digest.atRisk"
                : "promisedesk.digest.inTime", words.date(eta), words.date(promise.date()))).orElse(""));
        issue.put("noCommitment", words.text("promisedesk.digest.noCommitment"));
        List<Object> changes = new ArrayList<>();
        for (DigestEntry entry : entries) {
            changes.add(change(words, digest.user(), entry));
        }
        issue.put("changes", List.copyOf(changes));
        return Collections.unmodifiableMap(issue);
    }

    private Map<String, Object> change(DigestWords words, String reader, DigestEntry entry) {
        EtaChange change = entry.change();
        Map<String, Object> shown = new LinkedHashMap<>();
        String kind = kind(change);
        shown.put("kind", kind);
        shown.put("move", switch (kind) {
            case "first" -> words.text("promisedesk.digest.change.first", words.date(change.newEta()));
            case "same" -> words.text("promisedesk.digest.change.same", words.date(change.newEta()));
            case "earlier" -> words.text("promisedesk.digest.change.earlier",
                    words.date(change.oldEta().orElseThrow()), words.date(change.newEta()));
            default -> words.text("promisedesk.digest.change.later", words.date(change.oldEta().orElseThrow()),
                    words.date(change.newEta()));
        });
        shown.put("hasReason", change.reason().isPresent());
        shown.put("reasonLabel", words.text("promisedesk.digest.label.reason"));
        shown.put("reason", change.reason().orElse(""));
        shown.put("by", words.text("promisedesk.digest.change.by", change.author(), words.time(change.when())));
        shown.put("answers", entry.answeredRequest().isPresent());
        List<Ask> asks = entry.answeredRequest().map(request -> asksOf(request, reader)).orElse(List.of());
        shown.put("answersText", asks.isEmpty() ? ""
                : words.text("promisedesk.digest.answers", words.day(asks.get(0).askedAt())));
        List<String> questions = asks.stream().flatMap(ask -> ask.question().stream()).toList();
        shown.put("hasQuestions", !questions.isEmpty());
        shown.put("questionLabel", words.text(questions.size() == 1
                ? "promisedesk.digest.label.question" : "promisedesk.digest.label.questions"));
        shown.put("questions", questions);
        return Collections.unmodifiableMap(shown);
    }

    /** The reader's own asks in the request; all of them should the reader have asked under another name. */
    private static List<Ask> asksOf(EtaRequest request, String reader) {
        List<Ask> own = request.asks().stream().filter(ask -> ask.requester().equals(reader)).toList();
        return own.isEmpty() ? request.asks() : own;
    }

    /** Which way the ETA moved, also the modifier of the change's CSS class; the i18n keys carry the same names. */
    private static String kind(EtaChange change) {
        if (change.isFirst()) {
            return "first";
        }
        if (change.isSlip()) {
            return "later";
        }
        return change.newEta().isBefore(change.oldEta().orElseThrow()) ? "earlier" : "same";
    }
}
