package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistory;
import io.promisedesk.work.IssueKey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The customer review as CSV (RFC 4180, CRLF line ends, UTF-8): one row per open and per recently delivered
 * commitment, with fields a spreadsheet would run as a formula neutralised.
 *
 * <p>Headers and values are the same in every language (ISO dates, {@code open}/{@code delivered},
 * {@code on-track}/{@code at-risk}/{@code late}, {@code yes}/{@code no}), so a sheet or script built on one export
 * reads the next whoever downloaded it.
 */
public final class CustomerReviewCsv {
    public static final List<String> HEADER = List.of("status", "key", "summary", "customer", "commitment", "eta",
            "risk", "slips", "slip_working_days", "slip_reasons", "delivered", "on_time");

    private static final String LINE_END = "\r\n";

    /** The rows of the same review {@link CustomerReviewView} shows, open commitments first. */
    public String text(Customer customer, Collection<TeamCommitments> teams, Map<IssueKey, EtaHistory> histories,
                       Collection<DeliveredCommitment> deliveries, LocalDate today) {
        CustomerReview review = CustomerReview.of(customer, teams, histories, deliveries, today);
        StringBuilder csv = new StringBuilder();
        append(csv, HEADER);
        for (CustomerReview.Open entry : review.open()) {
            append(csv, List.of("open", entry.key().toString(), entry.verdict().item().summary(),
                    entry.verdict().commitment().customer().name(),
                    entry.verdict().commitmentDate().toString(),
                    entry.verdict().item().eta().map(LocalDate::toString).orElse(""),
                    CustomerReviewView.riskValue(entry.risk()), Integer.toString(entry.slips().size()),
                    Long.toString(entry.slipWorkingDays()), reasons(entry.slips()), "", ""));
        }
        for (DeliveredCommitment delivery : review.delivered()) {
            append(csv, List.of("delivered", delivery.issue().toString(), delivery.summary(), delivery.customer().name(),
                    delivery.promised().toString(), "", "", "", "", "", delivery.delivered().toString(),
                    delivery.isOnTime() ? "yes" : "no"));
        }
        return csv.toString();
    }

    /** The same text as the bytes of a download, UTF-8 without a byte order mark. */
    public byte[] bytes(Customer customer, Collection<TeamCommitments> teams, Map<IssueKey, EtaHistory> histories,
                        Collection<DeliveredCommitment> deliveries, LocalDate today) {
        return text(customer, teams, histories, deliveries, today).getBytes(StandardCharsets.UTF_8);
    }

    /** Newest first, one per line; a slip recorded without a reason leaves its line empty, so lines match slips. */
    private static String reasons(List<EtaChange> slips) {
        return slips.stream().map(slip -> slip.reason().orElse("")).collect(Collectors.joining("\n"));
    }

    private static void append(StringBuilder csv, List<String> fields) {
        List<String> written = new ArrayList<>(fields.size());
        for (String field : fields) {
            written.add(field(field));
        }
        csv.append(String.join(",", written)).append(LINE_END);
    }

    /**
     * One field as written: stripped of hidden characters, neutralised, then quoted, so the quote guarding a formula
     * is inside the field and no NUL or text-direction override hides one.
     */
    static String field(String value) {
        // Our own texts refuse hidden characters; summaries come from Jira as they are.
        String visible = Require.withoutHidden(value, true);
        String safe = startsLikeAFormula(visible) ? "'" + visible : visible;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0 || safe.indexOf('\n') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /**
     * Spreadsheets run a cell starting with these as a formula (OWASP's CSV injection list); summaries, customer
     * names and reasons are typed by people, so none may start one.
     */
    static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
