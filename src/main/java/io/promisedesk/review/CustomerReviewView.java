package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.work.IssueKey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one customer's commitments into the context of {@code templates/review/customer-review-view.vm}, a page for
 * account reviews that sales and technicians read together and print, as plain JDK values in the reader's language.
 */
public final class CustomerReviewView {
    public static final String TEMPLATE = "templates/review/customer-review-view.vm";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;
    private final ReviewLinks links;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public CustomerReviewView(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.links = new ReviewLinks(this.baseUrl);
    }

    /**
     * The page of {@code customer}: its open commitments among the {@code teams}' verdicts, each with the ETA slips
     * in {@code histories} (an issue without one has none), its {@code deliveries} of the last 90 days and its
     * delivery record, read in {@code locale} on {@code today}.
     */
    public Map<String, Object> context(Customer customer, Collection<TeamCommitments> teams,
                                       Map<IssueKey, EtaHistory> histories, Collection<DeliveredCommitment> deliveries,
                                       Locale locale, LocalDate today) {
        CustomerReview review = CustomerReview.of(customer, teams, histories, deliveries, today);
        MessageRenderer words = new MessageRenderer(Require.present(locale, "locale"));

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", words.render("promisedesk.review.heading", customer.name()));
        context.put("customer", customer.name());
        context.put("asOf", words.render("promisedesk.review.asOf", today, Integer.toString(today.getYear())));
        context.put("isoDate", today.toString());
        context.put("labels", labels(words));
        context.put("csv", Map.of("href", links.csv(customer), "label", words.render("promisedesk.review.csv")));
        context.put("open", open(review, words));
        context.put("delivered", delivered(review, words));
        context.put("record", record(review.record(), words));
        return Collections.unmodifiableMap(context);
    }

    private static Map<String, Object> labels(MessageRenderer words) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String name : List.of("key", "summary", "commitment", "eta", "risk", "slips", "delivered", "outcome")) {
            labels.put(name, words.render("promisedesk.review.column." + name));
        }
        return Collections.unmodifiableMap(labels);
    }

    private Map<String, Object> open(CustomerReview review, MessageRenderer words) {
        List<Object> rows = new ArrayList<>();
        for (CustomerReview.Open entry : review.open()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", entry.key().toString());
            row.put("href", browse(entry.key()));
            row.put("summary", entry.verdict().item().summary());
            LocalDate promised = entry.verdict().commitmentDate();
            // Open work past its date is the first thing a review asks about, so the date says so itself.
            row.put("commitment", promised.isBefore(review.today())
                    ? words.render("promisedesk.review.commitment.passed", promised) : words.format(promised));
            row.put("eta", entry.verdict().item().eta().map(words::format)
                    .orElseGet(() -> words.render("promisedesk.review.eta.none")));
            row.put("risk", risk(entry.risk(), words));
            row.put("slipCount", entry.slips().size());
            row.put("hasSlips", !entry.slips().isEmpty());
            row.put("slipSummary", entry.slips().isEmpty() ? words.render("promisedesk.review.slips.none")
                    : words.render("promisedesk.review.slips.summary", entry.slips().size(), entry.slipWorkingDays()));
            row.put("slips", slips(entry.slips(), words));
            rows.add(Collections.unmodifiableMap(row));
        }
        return table(words, "promisedesk.review.open.heading", "promisedesk.review.open.caption",
                "promisedesk.review.open.none", rows);
    }

    private static List<Object> slips(List<EtaChange> slips, MessageRenderer words) {
        List<Object> shown = new ArrayList<>();
        for (EtaChange slip : slips) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("moved", words.render("promisedesk.review.slip.moved", slip.oldEta().orElseThrow(), slip.newEta()));
            row.put("hasReason", slip.reason().isPresent());
            row.put("reason", slip.reason().orElseGet(() -> words.render("promisedesk.review.slip.noReason")));
            shown.add(Collections.unmodifiableMap(row));
        }
        return List.copyOf(shown);
    }

    private Map<String, Object> delivered(CustomerReview review, MessageRenderer words) {
        List<Object> rows = new ArrayList<>();
        for (DeliveredCommitment delivery : review.delivered()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", delivery.issue().toString());
            row.put("href", browse(delivery.issue()));
            row.put("summary", delivery.summary());
            row.put("commitment", words.format(delivery.promised()));
            row.put("delivered", words.format(delivery.delivered()));
            row.put("onTime", delivery.isOnTime());
            row.put("modifier", delivery.isOnTime() ? "on-time" : "late");
            // Calendar days: the customer waited them, whatever the team's working week.
            row.put("outcome", delivery.isOnTime() ? words.render("promisedesk.review.outcome.onTime")
                    : words.render("promisedesk.review.outcome.late",
                    (int) ChronoUnit.DAYS.between(delivery.promised(), delivery.delivered())));
            rows.add(Collections.unmodifiableMap(row));
        }
        return table(words, "promisedesk.review.delivered.heading", "promisedesk.review.delivered.caption",
                "promisedesk.review.delivered.none", rows);
    }

    private static Map<String, Object> table(MessageRenderer words, String headingKey, String captionKey, String noneKey,
                                             List<Object> rows) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("heading", words.render(headingKey));
        table.put("caption", words.render(captionKey, rows.size()));
        table.put("hasRows", !rows.isEmpty());
        table.put("none", words.render(noneKey));
        table.put("rows", List.copyOf(rows));
        return Collections.unmodifiableMap(table);
    }

    private static Map<String, Object> record(DeliveryRecord record, MessageRenderer words) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("heading", words.render("promisedesk.review.record.heading"));
        shown.put("period", words.render("promisedesk.review.record.period", record.from(),
                Integer.toString(record.from().getYear()), record.today(), Integer.toString(record.today().getYear())));
        shown.put("hasDeliveries", record.hasDeliveries());
        shown.put("summary", record.hasDeliveries()
                ? words.render("promisedesk.review.record.summary", record.onTime(), record.delivered(),
                record.onTimePercent().getAsInt())
                : words.render("promisedesk.review.record.none"));
        List<Object> facts = new ArrayList<>();
        if (record.hasDeliveries()) {
            facts.add(fact("delivered", words.render("promisedesk.review.record.delivered"), record.delivered()));
            facts.add(fact("onTime", words.render("promisedesk.review.record.onTime"), record.onTime()));
            facts.add(fact("late", words.render("promisedesk.review.record.late"), record.late()));
            facts.add(fact("share", words.render("promisedesk.review.record.share"),
                    words.render("promisedesk.review.record.percent", record.onTimePercent().getAsInt())));
        }
        shown.put("facts", List.copyOf(facts));
        return Collections.unmodifiableMap(shown);
    }

    private static Map<String, Object> fact(String name, String label, Object value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("label", label);
        row.put("value", value.toString());
        return Collections.unmodifiableMap(row);
    }

    private static Map<String, Object> risk(SalesRisk risk, MessageRenderer words) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("name", words.render(risk.message()));
        shown.put("modifier", riskValue(risk));
        return Collections.unmodifiableMap(shown);
    }

    /** As the sales pages name risks in CSS classes: {@code on-track}, {@code at-risk}, {@code late}. */
    static String riskValue(SalesRisk risk) {
        return risk.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Issue keys are validated (PROJECT-123), so the path needs no encoding. */
    private String browse(IssueKey key) {
        return baseUrl + "/browse/" + key;
    }
}
