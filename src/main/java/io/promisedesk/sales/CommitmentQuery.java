package io.promisedesk.sales;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.language.SalesRisk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a salesperson asked of the "My commitments" list: whose commitments, filters, sort, page and page size; a page
 * beyond the last is allowed here and shown as the last page, since filters can shrink the list under a bookmarked
 * page.
 *
 * @param scope    the reader's own commitments, or every commitment they may browse
 * @param customer part of the customer's name, trimmed; matched ignoring case, empty for every customer
 * @param risks    the risks to show; empty for every risk
 * @param from     the earliest commitment date shown, inclusive
 * @param to       the latest commitment date shown, inclusive; not before {@code from}
 * @param page     from 1
 * @param pageSize from 1 to {@link #MAX_PAGE_SIZE}
 */
public record CommitmentQuery(Scope scope, Optional<String> customer, Set<SalesRisk> risks, Optional<LocalDate> from,
                              Optional<LocalDate> to, Sort sort, Order order, int page, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 100;

    /** The form's parameter names; the template's inputs carry the same names. */
    public static final String SCOPE = "scope";
    public static final String CUSTOMER = "customer";
    public static final String RISK = "risk";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String SORT = "sort";
    public static final String ORDER = "order";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";

    public CommitmentQuery {
        Require.present(scope, SCOPE);
        customer = Require.optionalText(customer, CUSTOMER, Customer.MAX_LENGTH);
        Require.present(risks, RISK);
        risks = risks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(risks));
        Require.present(from, FROM);
        Require.present(to, TO);
        Require.present(sort, SORT);
        Require.present(order, ORDER);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidValueException(TO, "promisedesk.sales.error.dateRange",
                    "must not be before from " + from.get() + ", was " + to.get(), from.get(), to.get());
        }
        if (page < 1) {
            throw new InvalidValueException(PAGE, "promisedesk.sales.error.page", "must be >= 1, was " + page, page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidValueException(PAGE_SIZE, "promisedesk.sales.error.pageSize",
                    "must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize, MAX_PAGE_SIZE, pageSize);
        }
    }

    /** The reader's own commitments, earliest commitment date first, the first page of {@link #DEFAULT_PAGE_SIZE}. */
    public static CommitmentQuery defaults() {
        return new CommitmentQuery(Scope.MINE, Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Sort.COMMITMENT,
                Order.ASCENDING, 1, DEFAULT_PAGE_SIZE);
    }

    /**
     * The query a submitted form or a paging link asks for, by the parameter names above; a missing or blank
     * parameter takes its default and a repeated one other than {@link #RISK} counts with its first value.
     */
    public static CommitmentQuery parse(Map<String, List<String>> parameters) {
        Require.present(parameters, "parameters");
        Set<SalesRisk> risks = EnumSet.noneOf(SalesRisk.class);
        for (String value : parameters.getOrDefault(RISK, List.of())) {
            if (value != null && !value.isBlank()) {
                risks.add(risk(value.strip()));
            }
        }
        return new CommitmentQuery(first(parameters, SCOPE).map(Scope::parse).orElse(Scope.MINE),
                first(parameters, CUSTOMER), risks,
                first(parameters, FROM).map(value -> date(FROM, value)),
                first(parameters, TO).map(value -> date(TO, value)),
                first(parameters, SORT).map(Sort::parse).orElse(Sort.COMMITMENT),
                first(parameters, ORDER).map(Order::parse).orElse(Order.ASCENDING),
                first(parameters, PAGE).map(value -> number(PAGE, value)).orElse(1),
                first(parameters, PAGE_SIZE).map(value -> number(PAGE_SIZE, value)).orElse(DEFAULT_PAGE_SIZE));
    }

    /** This query on another page, as the paging links ask for it. */
    public CommitmentQuery onPage(int otherPage) {
        return new CommitmentQuery(scope, customer, risks, from, to, sort, order, otherPage, pageSize);
    }

    /** The same filters and sort on the first page of the largest size: what a status link of the list shows. */
    public CommitmentQuery withoutPaging() {
        return new CommitmentQuery(scope, customer, risks, from, to, sort, order, 1, MAX_PAGE_SIZE);
    }

    /**
     * The scope, filters and sort as form parameters that {@link #parse} reads back into this query but for its
     * paging: how a status link keeps the filter it was created with.
     */
    public Map<String, List<String>> filterParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(SCOPE, List.of(scope.value()));
        customer.ifPresent(name -> parameters.put(CUSTOMER, List.of(name)));
        List<String> riskValues = new ArrayList<>();
        for (SalesRisk risk : SalesRisk.values()) {
            if (risks.contains(risk)) {
                riskValues.add(SalesWords.riskValue(risk));
            }
        }
        if (!riskValues.isEmpty()) {
            parameters.put(RISK, List.copyOf(riskValues));
        }
        from.ifPresent(date -> parameters.put(FROM, List.of(date.toString())));
        to.ifPresent(date -> parameters.put(TO, List.of(date.toString())));
        parameters.put(SORT, List.of(sort.value()));
        parameters.put(ORDER, List.of(order.value()));
        return Collections.unmodifiableMap(parameters);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? Optional.empty()
                : Optional.of(values.get(0).strip()).filter(value -> !value.isEmpty());
    }

    private static SalesRisk risk(String value) {
        for (SalesRisk risk : SalesRisk.values()) {
            if (SalesWords.riskValue(risk).equals(value)) {
                return risk;
            }
        }
        throw new InvalidValueException(RISK, "promisedesk.sales.error.risk",
                "must be on-track, at-risk or late, was \"" + value + "\"", value);
    }

    /** ISO dates, which is what a browser's date input submits whatever the reader's language. */
    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new InvalidValueException(field, "promisedesk.sales.error.date",
                    "must be a date like 2026-03-13, was \"" + value + "\"", value);
        }
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException(field, "promisedesk.sales.error.number",
                    "must be a whole number, was \"" + value + "\"", value);
        }
    }

    /**
     * Whose commitments the list shows: the ones the reader holds (they set the current commitment, the same
     * holder the digest tells of its news), or every one they may browse.
     */
    public enum Scope {
        MINE("mine", "promisedesk.sales.commitments.scope.mine"),
        ALL("all", "promisedesk.sales.commitments.scope.all");

        private final String value;
        private final String i18nKey;

        Scope(String value, String i18nKey) {
            this.value = value;
            this.i18nKey = i18nKey;
        }

        /** The name in the form and in links. */
        public String value() {
            return value;
        }

        public String i18nKey() {
            return i18nKey;
        }

        public static Scope parse(String value) {
            return choose(values(), Scope::value, value, SCOPE, "promisedesk.sales.error.scope");
        }
    }

    /** What the list can be sorted by; ties are always broken by issue key, ascending. */
    public enum Sort {
        COMMITMENT("commitment", "promisedesk.sales.commitments.sort.commitment"),
        ETA("eta", "promisedesk.sales.commitments.sort.eta"),
        CUSTOMER("customer", "promisedesk.sales.commitments.sort.customer"),
        RISK("risk", "promisedesk.sales.commitments.sort.risk"),
        KEY("key", "promisedesk.sales.commitments.sort.key");

        private final String value;
        private final String i18nKey;

        Sort(String value, String i18nKey) {
            this.value = value;
            this.i18nKey = i18nKey;
        }

        /** The name in the form and in links. */
        public String value() {
            return value;
        }

        public String i18nKey() {
            return i18nKey;
        }

        public static Sort parse(String value) {
            return choose(values(), Sort::value, value, SORT, "promisedesk.sales.error.sort");
        }
    }

    /** Ascending reads earliest date, A to Z, on track first; a missing ETA or customer counts as the greatest. */
    public enum Order {
        ASCENDING("asc", "promisedesk.sales.commitments.order.ascending"),
        DESCENDING("desc", "promisedesk.sales.commitments.order.descending");

        private final String value;
        private final String i18nKey;

        Order(String value, String i18nKey) {
            this.value = value;
            this.i18nKey = i18nKey;
        }

        public String value() {
            return value;
        }

        public String i18nKey() {
            return i18nKey;
        }

        public static Order parse(String value) {
            return choose(values(), Order::value, value, ORDER, "promisedesk.sales.error.order");
        }
    }

    /** The choice whose form name is {@code value}; refused naming every accepted one ("a, b or c"). */
    private static <E> E choose(E[] choices, Function<E, String> name, String value, String field, String i18nKey) {
        List<String> names = new ArrayList<>();
        for (E choice : choices) {
            if (name.apply(choice).equals(value)) {
                return choice;
            }
            names.add(name.apply(choice));
        }
        String accepted = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new InvalidValueException(field, i18nKey, "must be " + accepted + ", was \"" + value + "\"", value);
    }
}
