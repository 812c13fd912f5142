package io.promisedesk.review;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@link CustomerIndex} into the context of {@code templates/review/customer-list.vm}: one row per customer
 * with its open and recently delivered commitments, linking its review page and CSV, in the reader's language.
 */
public final class CustomerListView {
    public static final String TEMPLATE = "templates/review/customer-list.vm";

    private final ReviewLinks links;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public CustomerListView(String baseUrl) {
        this.links = new ReviewLinks(baseUrl);
    }

    public Map<String, Object> context(CustomerIndex index, Locale locale) {
        Require.present(index, "index");
        MessageRenderer words = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", words.render("promisedesk.reviews.heading"));
        context.put("intro", words.render("promisedesk.reviews.intro"));
        context.put("caption", words.render("promisedesk.reviews.caption", index.entries().size()));
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String name : List.of("customer", "open", "delivered", "csv")) {
            labels.put(name, words.render("promisedesk.reviews.column." + name));
        }
        context.put("labels", Collections.unmodifiableMap(labels));
        context.put("hasRows", !index.entries().isEmpty());
        context.put("none", words.render("promisedesk.reviews.none"));
        context.put("csvText", words.render("promisedesk.reviews.csvText"));
        List<Object> rows = new ArrayList<>();
        for (CustomerIndex.Entry entry : index.entries()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", entry.customer().name());
            row.put("href", links.page(entry.customer()));
            row.put("open", Integer.toString(entry.open()));
            row.put("delivered", Integer.toString(entry.delivered()));
            row.put("csvHref", links.csv(entry.customer()));
            row.put("csvLabel", words.render("promisedesk.reviews.csv", entry.customer().name()));
            rows.add(Collections.unmodifiableMap(row));
        }
        context.put("rows", List.copyOf(rows));
        return Collections.unmodifiableMap(context);
    }
}
