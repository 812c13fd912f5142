package io.promisedesk.sales;

import io.promisedesk.common.Require;
import io.promisedesk.language.SalesRisk;
import io.promisedesk.work.IssueKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The addresses of the sales pages under Jira's base URL, which the Jira servlet must serve at the same paths. */
final class SalesLinks {
    static final String ISSUE_PATH = "/plugins/servlet/promisedesk/sales/issue/";
    static final String COMMITMENTS_PATH = "/plugins/servlet/promisedesk/sales/commitments";
    static final String COMMITMENT_FORM_PATH = "/plugins/servlet/promisedesk/sales/commitment/";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    SalesLinks(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Issue keys are validated (PROJECT-123), so the path needs no encoding. */
    String issue(IssueKey key) {
        return baseUrl + ISSUE_PATH + key;
    }

    /** Where the commitment form of an issue posts. */
    String commitmentForm(IssueKey key) {
        return baseUrl + COMMITMENT_FORM_PATH + key;
    }

    String commitments() {
        return baseUrl + COMMITMENTS_PATH;
    }

    /**
     * The list with {@code query}'s scope, filters, sort and page size on page {@code page}, as the form would submit
     * it but for the default scope, left out so that the reader's own list keeps its short address.
     */
    String commitments(CommitmentQuery query, int page) {
        List<String> parameters = new ArrayList<>();
        if (query.scope() != CommitmentQuery.defaults().scope()) {
            parameters.add(parameter(CommitmentQuery.SCOPE, query.scope().value()));
        }
        query.customer().ifPresent(customer -> parameters.add(parameter(CommitmentQuery.CUSTOMER, customer)));
        for (SalesRisk risk : SalesRisk.values()) {
            if (query.risks().contains(risk)) {
                parameters.add(parameter(CommitmentQuery.RISK, SalesWords.riskValue(risk)));
            }
        }
        query.from().map(LocalDate::toString).ifPresent(from -> parameters.add(parameter(CommitmentQuery.FROM, from)));
        query.to().map(LocalDate::toString).ifPresent(to -> parameters.add(parameter(CommitmentQuery.TO, to)));
        parameters.add(parameter(CommitmentQuery.SORT, query.sort().value()));
        parameters.add(parameter(CommitmentQuery.ORDER, query.order().value()));
        parameters.add(parameter(CommitmentQuery.PAGE_SIZE, Integer.toString(query.pageSize())));
        parameters.add(parameter(CommitmentQuery.PAGE, Integer.toString(page)));
        return commitments() + "?" + String.join("&", parameters);
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
