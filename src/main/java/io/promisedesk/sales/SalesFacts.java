package io.promisedesk.sales;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.work.WorkItem;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of facts sales reads about one issue: the sales view shows them, the read-only status link the first two. */
final class SalesFacts {
    private SalesFacts() {
    }

    /** The ETA and the promised date, as the sales view and a status link both show them. */
    static List<Map<String, Object>> etaAndPromise(WorkItem item, SalesWords words, LocalDate today) {
        return List.of(row("eta", words.text("promisedesk.sales.issue.label.eta"),
                        item.eta().map(words::date).orElseGet(() -> words.text("promisedesk.sales.issue.eta.none"))),
                row("commitment", words.text("promisedesk.sales.issue.label.commitment"),
                        item.commitment().map(promise -> promisedFor(promise, item, words, today))
                                .orElseGet(() -> words.text("promisedesk.sales.issue.commitment.none"))));
    }

    /** A gone date matters only while the work is open: once done, the promise was kept or not, and is history. */
    private static String promisedFor(Commitment commitment, WorkItem item, SalesWords words, LocalDate today) {
        if (!item.isResolved() && commitment.date().isBefore(today)) {
            return words.text("promisedesk.sales.issue.commitment.passed", commitment.date());
        }
        return words.date(commitment.date());
    }

    static Map<String, Object> row(String name, String label, String value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("label", label);
        row.put("value", value);
        row.put("linked", false);
        return Collections.unmodifiableMap(row);
    }

    static Map<String, Object> linkedRow(String name, String label, String value, String href) {
        Map<String, Object> row = new LinkedHashMap<>(row(name, label, value));
        row.put("linked", true);
        row.put("href", href);
        return Collections.unmodifiableMap(row);
    }
}
