package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaChange;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.sales.EtaOnlyView;
import io.promisedesk.sales.SalesIssue;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.statuslink.BadTokenThrottle;
import io.promisedesk.statuslink.LinkedIssues;
import io.promisedesk.statuslink.StatusLink;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.work.IssueKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a read-only status link answers anyone, logged in or not: the ETA-only status of the issues the link shows
 * while it is live, only those its creator may still browse; otherwise one neutral page, the same status and words
 * whatever the reason, so the answer tells nothing about whether a token ever existed. An address that sent too many
 * bad tokens lately gets the same page with 429 until its window ends ({@link BadTokenThrottle}), whatever it sends;
 * while the administrator has switched links off, every link gets the neutral page.
 */
public final class StatusLinkRequests {
    /** A link is this path followed by its token. */
    public static final String PATH = "/plugins/servlet/promisedesk/status/";
    static final String NEUTRAL_TEMPLATE = "templates/statuslink/neutral.vm";
    static final int SHOWN = 200;
    /** Not found, as for any page that does not exist: a closed link must not look different from a made-up one. */
    static final int UNAVAILABLE = 404;
    /** Too many requests: the address is slowed down, which says nothing about the token it sent. */
    static final int SLOWED_DOWN = 429;
    /**
     * The headers of every answer: never cached or indexed, no referrer to other sites, no type sniffing, and a
     * policy that lets the page load nothing at all, no script, style, image, frame or form target.
     */
    public static final Map<String, String> HEADERS = OpenPageHeaders.postingTo("'none'");

    private final StatusLinks links;
    private final LinkedIssues issues;
    private final EtaHistoryStore histories;
    private final GlobalSettingsStore settings;
    private final BadTokenThrottle throttle;

    public StatusLinkRequests(StatusLinks links, LinkedIssues issues, EtaHistoryStore histories,
                              GlobalSettingsStore settings, BadTokenThrottle throttle) {
        this.links = Require.present(links, "links");
        this.issues = Require.present(issues, "issues");
        this.histories = Require.present(histories, "histories");
        this.settings = Require.present(settings, "settings");
        this.throttle = Require.present(throttle, "throttle");
    }

    /**
     * The answer to {@code path} (after Jira's context path) from {@code address} (the visitor's, as Jira sees it) in
     * {@code locale}, Jira's default for visitors.
     */
    public StatusLinkPage get(String path, String address, Locale locale) {
        Require.present(address, "address");
        Require.present(locale, "locale");
        if (!links.policy().enabled()) {
            // Switched off: every link is closed, and no visitor is counted as guessing.
            return unavailable(locale);
        }
        if (!throttle.allows(address)) {
            return neutral(SLOWED_DOWN, locale);
        }
        Optional<Map<String, Object>> shown = path == null || !path.startsWith(PATH) ? Optional.empty()
                : links.open(path.substring(PATH.length()), (link, browsable) -> page(link, browsable, locale));
        if (shown.isEmpty()) {
            throttle.failed(address);
            return unavailable(locale);
        }
        return new StatusLinkPage(SHOWN, EtaOnlyView.TEMPLATE, shown.get());
    }

    /** The page of {@code link}; empty for a one-issue link whose issue it may not show. */
    private Optional<Map<String, Object>> page(StatusLink link, Predicate<IssueKey> browsable, Locale locale) {
        EtaOnlyView view = new EtaOnlyView();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (SalesIssue subject : issues.of(link, browsable)) {
            List<EtaChange> reasons = link.includesReasons() ? histories.load(subject.issue().key()).changes()
                    : List.of();
            shown.add(view.issue(subject.issue(), subject.assessment(), settings.load().value().phrases(), locale,
                    subject.assessment().today(), reasons));
        }
        MessageRenderer texts = new MessageRenderer(locale);
        if (link.scope() instanceof StatusLinkScope.OneIssue) {
            return shown.isEmpty() ? Optional.empty() : Optional.of(view.onePage(shown.get(0), locale));
        }
        String title = link.scope() instanceof StatusLinkScope.CustomerReview review
                ? texts.render("promisedesk.statusLink.page.title.customer", review.customer().name())
                : texts.render("promisedesk.statusLink.page.title.commitments");
        return Optional.of(view.listPage(title, shown, locale));
    }

    /** The one page for every link that shows nothing. */
    static StatusLinkPage unavailable(Locale locale) {
        return neutral(UNAVAILABLE, locale);
    }

    private static StatusLinkPage neutral(int status, Locale locale) {
        MessageRenderer texts = new MessageRenderer(locale);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", locale.toLanguageTag());
        context.put("heading", texts.render("promisedesk.statusLink.unavailable.heading"));
        context.put("text", texts.render("promisedesk.statusLink.unavailable.text"));
        return new StatusLinkPage(status, NEUTRAL_TEMPLATE, context);
    }
    /** A whole HTML document: its status, its template and the template's plain context. */
    public record StatusLinkPage(int status, String template, Map<String, Object> context) {
        public StatusLinkPage {
            Require.present(template, "template");
            context = Map.copyOf(Require.present(context, "context"));
        }
    }
}
