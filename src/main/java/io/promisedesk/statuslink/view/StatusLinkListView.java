package io.promisedesk.statuslink.view;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.sales.CommitmentQuery;
import io.promisedesk.statuslink.CreatedStatusLink;
import io.promisedesk.statuslink.StatusLink;
import io.promisedesk.statuslink.StatusLinkScope;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The list of live status links one reader may revoke (their own; an administrator's all): creator, what each shows,
 * created, expires, last viewed and views, and a revoke button per row; above it, once, the address of a link just
 * created, the only time anyone sees it.
 */
public final class StatusLinkListView {
    public static final String TEMPLATE = "templates/statuslink/link-list.vm";
    /** The revoke form's field: the link's hash, which cannot be turned back into its address. */
    public static final String LINK = "link";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private final StatusLinkLinks links;
    private final ZoneId zone;

    /** Times are written in {@code zone}, Jira's. */
    public StatusLinkListView(String baseUrl, ZoneId zone) {
        this.links = new StatusLinkLinks(baseUrl);
        this.zone = Require.present(zone, "zone");
    }

    /**
     * The list of {@code shown} in {@code locale}, with the link {@code created} just now at the top when there is one,
     * and {@code revoked} confirming a revocation.
     */
    public Map<String, Object> context(List<StatusLink> shown, Optional<CreatedStatusLink> created, boolean revoked,
                                       Locale locale) {
        Require.present(shown, "shown");
        Require.present(created, "created");
        MessageRenderer words = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("hasCreated", created.isPresent());
        created.ifPresent(link -> {
            context.put("createdHeading", words.render("promisedesk.statusLink.created.heading"));
            context.put("createdUrl", links.status(link.token().text()));
            context.put("createdLabel", words.render("promisedesk.statusLink.created.label"));
            context.put("createdHint", words.render("promisedesk.statusLink.created.hint", time(link.link().expires())));
            context.put("createdOpen", words.render("promisedesk.statusLink.created.open"));
        });
        context.put("revoked", revoked);
        context.put("revokedText", words.render("promisedesk.statusLink.revoked"));
        context.put("caption", words.render("promisedesk.statusLink.list.caption"));
        context.put("columns", List.of(words.render("promisedesk.statusLink.list.creator"),
                words.render("promisedesk.statusLink.list.scope"), words.render("promisedesk.statusLink.list.created"),
                words.render("promisedesk.statusLink.list.expires"),
                words.render("promisedesk.statusLink.list.lastViewed"),
                words.render("promisedesk.statusLink.list.views"), words.render("promisedesk.statusLink.list.action")));
        context.put("hasRows", !shown.isEmpty());
        context.put("none", words.render("promisedesk.statusLink.list.none"));
        context.put("revokeAction", links.revoke());
        context.put("linkField", LINK);
        context.put("revokeLabel", words.render("promisedesk.statusLink.list.revoke"));
        List<Object> rows = new ArrayList<>();
        for (StatusLink link : shown) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("creator", link.creator());
            row.put("scope", scope(link, words));
            row.put("created", time(link.created()));
            row.put("expires", time(link.expires()));
            row.put("lastViewed", link.lastViewed().map(this::time)
                    .orElseGet(() -> words.render("promisedesk.statusLink.list.neverViewed")));
            row.put("views", Long.toString(link.views()));
            row.put("hash", link.hash().hex());
            row.put("revokeName", words.render("promisedesk.statusLink.list.revokeName", scope(link, words),
                    time(link.created())));
            rows.add(Collections.unmodifiableMap(row));
        }
        context.put("rows", List.copyOf(rows));
        return Collections.unmodifiableMap(context);
    }

    /** What a link shows, in words: the issue, the customer, or which commitments and whether filtered. */
    static String scope(StatusLink link, MessageRenderer words) {
        String shown;
        if (link.scope() instanceof StatusLinkScope.OneIssue one) {
            shown = words.render("promisedesk.statusLink.scope.issue", one.issue().toString());
        } else if (link.scope() instanceof StatusLinkScope.CustomerReview review) {
            shown = words.render("promisedesk.statusLink.scope.customer", review.customer().name());
        } else {
            CommitmentQuery query = ((StatusLinkScope.Commitments) link.scope()).query();
            shown = words.render(query.scope() == CommitmentQuery.Scope.ALL ? "promisedesk.statusLink.scope.all"
                    : "promisedesk.statusLink.scope.mine");
            if (query.customer().isPresent() || !query.risks().isEmpty() || query.from().isPresent()
                    || query.to().isPresent()) {
                shown = words.render("promisedesk.statusLink.scope.filtered", shown);
            }
        }
        return link.includesReasons() ? words.render("promisedesk.statusLink.scope.withReasons", shown) : shown;
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }
}
