package io.promisedesk.sales;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.Message;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.review.ReviewLinks;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.IssueVerdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a salesperson's commitments, from any number of teams, into the context of
 * {@code templates/sales/commitments-view.vm}: filtered, sorted and cut into pages as a {@link CommitmentQuery} asks,
 * headed by whose commitments they are. The caller chooses the commitments for the query's scope, and only ever
 * among the issues the reader may browse.
 *
 * <p>It reads the engine's verdicts rather than issues, so each row's ETA, commitment and risk come from one
 * snapshot and cannot disagree; only committed, unresolved issues have verdicts, so done work leaves the list.
 */
public final class CommitmentList {
    public static final String TEMPLATE = "templates/sales/commitments-view.vm";

    private final SalesLinks links;
    private final ReviewLinks reviews;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public CommitmentList(String baseUrl) {
        this.links = new SalesLinks(baseUrl);
        this.reviews = new ReviewLinks(baseUrl);
    }

    /**
     * The page {@code query} asks for of {@code commitments}, one verdict per issue, read in {@code locale}: the
     * commitments of the query's scope the reader may browse.
     */
    public Map<String, Object> context(Collection<IssueVerdict> commitments, CommitmentQuery query, Locale locale) {
        Require.present(commitments, "commitments");
        Require.present(query, "query");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        List<Entry> matching = matching(entries(commitments), query);
        matching.sort(order(query));

        int total = matching.size();
        int pageCount = Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(query.page(), pageCount);
        int first = (page - 1) * query.pageSize();
        List<Entry> shown = matching.subList(first, Math.min(first + query.pageSize(), total));

        Map<String, Object> context = form(FormValues.of(query), words);
        context.put("hasError", false);
        context.put("showResults", true);
        context.put("caption", total == 0 ? words.text("promisedesk.sales.commitments.caption.none")
                : words.text("promisedesk.sales.commitments.caption", first + 1, first + shown.size(), total));
        context.put("columns", columns(query, words));
        context.put("hasRows", !shown.isEmpty());
        context.put("rows", rows(shown, words));
        context.put("total", total);
        context.put("page", page);
        context.put("pageCount", pageCount);
        context.put("pageSize", query.pageSize());
        context.put("pageStatus", words.text("promisedesk.sales.commitments.pageStatus", page, pageCount));
        context.put("pagingLabel", words.text("promisedesk.sales.commitments.paging"));
        context.put("hasPrevious", page > 1);
        context.put("hasNext", page < pageCount);
        if (page > 1) {
            context.put("previousHref", links.commitments(query, page - 1));
            context.put("previousLabel", words.text("promisedesk.sales.commitments.previous"));
        }
        if (page < pageCount) {
            context.put("nextHref", links.commitments(query, page + 1));
            context.put("nextLabel", words.text("promisedesk.sales.commitments.next"));
        }
        return Collections.unmodifiableMap(context);
    }

    /**
     * The commitments of {@code commitments} that {@code query}'s filters keep, in its order, without paging: what a
     * status link to the list shows (it caps them itself).
     */
    public static List<IssueVerdict> selected(Collection<IssueVerdict> commitments, CommitmentQuery query) {
        Require.present(query, "query");
        List<Entry> matching = matching(entries(Require.present(commitments, "commitments")), query);
        matching.sort(order(query));
        return matching.stream().map(Entry::verdict).toList();
    }

    /**
     * The form again with what the person typed in {@code parameters} and why {@link CommitmentQuery#parse} refused
     * it, and no results: a list under filters other than the ones shown would mislead.
     */
    public Map<String, Object> rejected(Map<String, List<String>> parameters, InvalidValueException error, Locale locale) {
        Require.present(parameters, "parameters");
        Require.present(error, "error");
        SalesWords words = new SalesWords(Require.present(locale, "locale"));
        Map<String, Object> context = form(FormValues.typed(parameters), words);
        context.put("hasError", true);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("field", error.field());
        shown.put("message", words.text(Message.ofError(error)));
        context.put("error", Collections.unmodifiableMap(shown));
        context.put("showResults", false);
        return Collections.unmodifiableMap(context);
    }

    private static List<Entry> entries(Collection<IssueVerdict> commitments) {
        Set<IssueKey> seen = new HashSet<>();
        List<Entry> entries = new ArrayList<>(commitments.size());
        for (IssueVerdict verdict : commitments) {
            if (!seen.add(verdict.item().key())) {
                throw new IllegalArgumentException("commitments must name each issue once, "
                        + verdict.item().key() + " is there twice");
            }
            entries.add(new Entry(verdict, SalesRisk.of(verdict)));
        }
        return entries;
    }

    private static List<Entry> matching(List<Entry> entries, CommitmentQuery query) {
        Optional<String> part = query.customer().map(CommitmentList::folded);
        List<Entry> matching = new ArrayList<>();
        for (Entry entry : entries) {
            LocalDate due = entry.commitmentDate();
            boolean customerMatches = part.isEmpty()
                    || entry.customer().map(name -> folded(name).contains(part.get())).orElse(false);
            boolean riskMatches = query.risks().isEmpty() || query.risks().contains(entry.risk());
            boolean inRange = query.from().map(from -> !due.isBefore(from)).orElse(true)
                    && query.to().map(to -> !due.isAfter(to)).orElse(true);
            if (customerMatches && riskMatches && inRange) {
                matching.add(entry);
            }
        }
        return matching;
    }

    /**
     * {@link Locale#ROOT} so a server in Turkish still finds "ACME" for "acme"; case folding that ignores the
     * reader's language is what "ignoring case" means in a name typed by someone else.
     */
    private static String folded(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The asked sort in the asked direction; ties by key ascending whatever the direction, so pages are stable. */
    private static Comparator<Entry> order(CommitmentQuery query) {
        Comparator<Entry> primary = switch (query.sort()) {
            case COMMITMENT -> Comparator.comparing(Entry::commitmentDate);
            case ETA -> missingLast(Entry::eta, Comparator.<LocalDate>naturalOrder());
            case CUSTOMER -> missingLast(Entry::customer, Comparator.comparing(CommitmentList::folded));
            case RISK -> Comparator.comparing(Entry::risk);
            case KEY -> Comparator.comparing(Entry::key);
        };
        if (query.order() == CommitmentQuery.Order.DESCENDING) {
            primary = primary.reversed();
        }
        return primary.thenComparing(Entry::key);
    }

    /** A missing value counts as greater than any: last when ascending, first when descending. */
    private static <T> Comparator<Entry> missingLast(Function<Entry, Optional<T>> value, Comparator<T> present) {
        Comparator<Optional<T>> optional = (left, right) -> {
            if (left.isPresent() && right.isPresent()) {
                return present.compare(left.get(), right.get());
            }
            return Boolean.compare(left.isEmpty(), right.isEmpty());
        };
        return Comparator.comparing(value, optional);
    }

    /** The heading, also the page's title, says whose commitments are shown. */
    private static String heading(String scope, SalesWords words) {
        return words.text(CommitmentQuery.Scope.ALL.value().equals(scope) ? "promisedesk.sales.commitments.heading.all"
                : "promisedesk.sales.commitments.heading");
    }

    private Map<String, Object> form(FormValues values, SalesWords words) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", heading(values.scope(), words));
        context.put("formAction", links.commitments());
        context.put("formLabel", words.text("promisedesk.sales.commitments.form"));
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("scope", words.text("promisedesk.sales.commitments.label.scope"));
        labels.put("customer", words.text("promisedesk.sales.commitments.label.customer"));
        labels.put("risk", words.text("promisedesk.sales.commitments.label.risk"));
        labels.put("from", words.text("promisedesk.sales.commitments.label.from"));
        labels.put("to", words.text("promisedesk.sales.commitments.label.to"));
        labels.put("sort", words.text("promisedesk.sales.commitments.label.sort"));
        labels.put("order", words.text("promisedesk.sales.commitments.label.order"));
        labels.put("apply", words.text("promisedesk.sales.commitments.apply"));
        context.put("labels", Collections.unmodifiableMap(labels));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("customer", values.customer());
        filters.put("from", values.from());
        filters.put("to", values.to());
        filters.put("pageSize", values.pageSize());
        context.put("filters", Collections.unmodifiableMap(filters));
        List<Object> scopes = new ArrayList<>();
        for (CommitmentQuery.Scope scope : CommitmentQuery.Scope.values()) {
            scopes.add(plain("value", scope.value(), "label", words.text(scope.i18nKey()),
                    "id", "promisedesk-sales-scope-" + scope.value(), "checked", scope.value().equals(values.scope())));
        }
        context.put("scopeOptions", List.copyOf(scopes));
        List<Object> risks = new ArrayList<>();
        for (SalesRisk risk : SalesRisk.values()) {
            String value = SalesWords.riskValue(risk);
            risks.add(plain("value", value, "label", words.text(risk.message()), "id", "promisedesk-sales-risk-" + value,
                    "checked", values.risks().contains(value)));
        }
        context.put("riskOptions", List.copyOf(risks));
        List<Object> sorts = new ArrayList<>();
        for (CommitmentQuery.Sort sort : CommitmentQuery.Sort.values()) {
            sorts.add(plain("value", sort.value(), "label", words.text(sort.i18nKey()),
                    "selected", sort.value().equals(values.sort())));
        }
        context.put("sortOptions", List.copyOf(sorts));
        List<Object> orders = new ArrayList<>();
        for (CommitmentQuery.Order order : CommitmentQuery.Order.values()) {
            orders.add(plain("value", order.value(), "label", words.text(order.i18nKey()),
                    "selected", order.value().equals(values.order())));
        }
        context.put("orderOptions", List.copyOf(orders));
        return context;
    }

    private static List<Object> columns(CommitmentQuery query, SalesWords words) {
        // Spelled out so that the bundle test finds every key in the source; a column's name is its sort's value.
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("key", "promisedesk.sales.commitments.column.key");
        keys.put("summary", "promisedesk.sales.commitments.column.summary");
        keys.put("customer", "promisedesk.sales.commitments.column.customer");
        keys.put("commitment", "promisedesk.sales.commitments.column.commitment");
        keys.put("eta", "promisedesk.sales.commitments.column.eta");
        keys.put("risk", "promisedesk.sales.commitments.column.risk");
        List<Object> columns = new ArrayList<>();
        for (Map.Entry<String, String> named : keys.entrySet()) {
            String name = named.getKey();
            boolean sorted = name.equals(query.sort().value());
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", name);
            column.put("label", words.text(named.getValue()));
            column.put("sorted", sorted);
            if (sorted) {
                column.put("ariaSort", query.order() == CommitmentQuery.Order.ASCENDING ? "ascending" : "descending");
            }
            columns.add(Collections.unmodifiableMap(column));
        }
        return List.copyOf(columns);
    }

    private List<Object> rows(List<Entry> entries, SalesWords words) {
        List<Object> rows = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", entry.key().toString());
            row.put("href", links.issue(entry.key()));
            row.put("summary", entry.verdict().item().summary());
            Optional<Customer> customer = entry.verdict().commitment().customerIfKnown();
            row.put("customer", customer.map(Customer::name)
                    .orElseGet(() -> words.text("promisedesk.sales.commitments.customer.unknown")));
            row.put("customerKnown", customer.isPresent());
            customer.ifPresent(known -> row.put("customerHref", reviews.page(known)));
            row.put("commitment", words.date(entry.commitmentDate()));
            row.put("eta", entry.eta().map(words::date)
                    .orElseGet(() -> words.text("promisedesk.sales.commitments.eta.none")));
            row.put("risk", words.risk(entry.risk()));
            rows.add(Collections.unmodifiableMap(row));
        }
        return List.copyOf(rows);
    }

    private static Map<String, Object> plain(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            map.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** One commitment with its risk worked out once, for filtering, sorting and showing. */
    private record Entry(IssueVerdict verdict, SalesRisk risk) {
        IssueKey key() {
            return verdict.item().key();
        }

        LocalDate commitmentDate() {
            return verdict.commitmentDate();
        }

        Optional<LocalDate> eta() {
            return verdict.item().eta();
        }

        Optional<String> customer() {
            return verdict.commitment().customerIfKnown().map(Customer::name);
        }
    }

    /** What the form's fields hold: a valid query's values, or what the person typed when it was refused. */
    private record FormValues(String scope, String customer, Set<String> risks, String from, String to, String sort,
                              String order, String pageSize) {
        static FormValues of(CommitmentQuery query) {
            Set<String> risks = new HashSet<>();
            query.risks().forEach(risk -> risks.add(SalesWords.riskValue(risk)));
            return new FormValues(query.scope().value(), query.customer().orElse(""), risks,
                    query.from().map(LocalDate::toString).orElse(""), query.to().map(LocalDate::toString).orElse(""),
                    query.sort().value(), query.order().value(), Integer.toString(query.pageSize()));
        }

        static FormValues typed(Map<String, List<String>> parameters) {
            Set<String> risks = new HashSet<>();
            parameters.getOrDefault(CommitmentQuery.RISK, List.of()).forEach(risk -> risks.add(String.valueOf(risk).strip()));
            // A choice, not a text: what names no scope shows as the default, the one the heading names.
            String scope = CommitmentQuery.Scope.ALL.value().equals(first(parameters, CommitmentQuery.SCOPE).strip())
                    ? CommitmentQuery.Scope.ALL.value() : CommitmentQuery.Scope.MINE.value();
            return new FormValues(scope, first(parameters, CommitmentQuery.CUSTOMER), risks,
                    first(parameters, CommitmentQuery.FROM),
                    first(parameters, CommitmentQuery.TO), first(parameters, CommitmentQuery.SORT),
                    first(parameters, CommitmentQuery.ORDER), first(parameters, CommitmentQuery.PAGE_SIZE));
        }

        private static String first(Map<String, List<String>> parameters, String name) {
            List<String> values = parameters.getOrDefault(name, List.of());
            return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
        }
    }
}
