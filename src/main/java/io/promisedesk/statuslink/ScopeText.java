package io.promisedesk.statuslink;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.work.IssueKey;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StatusLinkScope} as two texts a store keeps, its kind and its value (the issue key, the customer's name,
 * or the list's filter as a URL query), and back.
 */
public record ScopeText(String kind, String value) {
    public static final String ISSUE = "ISSUE";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String COMMITMENTS = "COMMITMENTS";

    public ScopeText {
        Require.present(kind, "kind");
        Require.present(value, "value");
    }

    public static ScopeText of(StatusLinkScope scope) {
        Require.present(scope, "scope");
        if (scope instanceof StatusLinkScope.OneIssue one) {
            return new ScopeText(ISSUE, one.issue().toString());
        }
        if (scope instanceof StatusLinkScope.CustomerReview review) {
            return new ScopeText(CUSTOMER, review.customer().name());
        }
        List<String> pairs = new ArrayList<>();
        ((StatusLinkScope.Commitments) scope).query().filterParameters().forEach((name, values) -> values.forEach(
                value -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return new ScopeText(COMMITMENTS, String.join("&", pairs));
    }

    /** The scope these texts name; {@link IllegalStateException} for a kind no version of the plugin wrote. */
    public StatusLinkScope scope() {
        return switch (kind) {
            case ISSUE -> new StatusLinkScope.OneIssue(IssueKey.parse(value));
            case CUSTOMER -> new StatusLinkScope.CustomerReview(new Customer(value));
            case COMMITMENTS -> new StatusLinkScope.Commitments(CommitmentQuery.parse(parameters(value)));
            default -> throw new IllegalStateException("a status link of unknown scope " + kind);
        };
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.computeIfAbsent(pair.substring(0, equals), name -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
