package io.promisedesk.jira.servlet;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.sales.EtaOnlyView;
import io.promisedesk.sales.SalesIssue;
import io.promisedesk.sales.SalesIssues;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.statuslink.StatusLink;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinks;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.workload.TeamSnapshots;
import io.promisedesk.workload.WorkItemSource;

import io.promisedesk.work.IssueKey;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a read-only status link answers anyone, logged in or not: the issue's ETA-only status while the link is live
 * and its creator may still browse the issue, otherwise one neutral page, the same status and words whatever the
 * reason, so the answer tells nothing about whether a token ever existed.
 */
public final class StatusLinkRequests {
    /** A link is this path followed by its token. */
    public static final String PATH = "/plugins/servlet/promisedesk/status/";
    static final String NEUTRAL_TEMPLATE = "templates/statuslink/neutral.vm";
    static final int SHOWN = 200;
    /** Not found, as for any page that does not exist: a closed link must not look different from a made-up one. */
    static final int UNAVAILABLE = 404;
    /**
     * The headers of every answer: never cached or indexed, no referrer to other sites, no type sniffing, and a
     * policy that lets the page load nothing at all, no script, style, image, frame or form target.
     */
    public static final Map<String, String> HEADERS = headers();

    private final StatusLinks links;
    private final SalesIssues issues;
    private final GlobalSettingsStore settings;

    public StatusLinkRequests(StatusLinks links, TeamDirectory teams, TeamSnapshots snapshots, WorkItemSource work,
                              GlobalSettingsStore settings) {
        this.links = Require.present(links, "links");
        this.issues = new SalesIssues(teams, snapshots, work);
        this.settings = Require.present(settings, "settings");
    }

    /** The answer to {@code path} (after Jira's context path) in {@code locale}, Jira's default for visitors. */
    public StatusLinkPage get(String path, Locale locale) {
        Require.present(locale, "locale");
        if (path == null || !path.startsWith(PATH)) {
            return unavailable(locale);
        }
        Optional<SalesIssue> shown = links.open(path.substring(PATH.length()), link -> issues.find(issueOf(link)));
        if (shown.isEmpty()) {
            return unavailable(locale);
        }
        SalesIssue subject = shown.get();
        return new StatusLinkPage(SHOWN, EtaOnlyView.TEMPLATE, new EtaOnlyView().context(subject.issue(),
                subject.assessment(), settings.load().value().phrases(), locale, subject.assessment().today()));
    }

    /** The one page for every link that shows nothing. */
    static StatusLinkPage unavailable(Locale locale) {
        MessageRenderer texts = new MessageRenderer(locale);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", locale.toLanguageTag());
        context.put("heading", texts.render("promisedesk.statusLink.unavailable.heading"));
        context.put("text", texts.render("promisedesk.statusLink.unavailable.text"));
        return new StatusLinkPage(UNAVAILABLE, NEUTRAL_TEMPLATE, context);
    }

    private static IssueKey issueOf(StatusLink link) {
        return ((StatusLinkScope.OneIssue) link.scope()).issue();
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Robots-Tag", "noindex, nofollow");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy",
                "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        headers.put("X-Frame-Options", "DENY");
        return Map.copyOf(headers);
    }

    /** A whole HTML document: its status, its template and the template's plain context. */
    public record StatusLinkPage(int status, String template, Map<String, Object> context) {
        public StatusLinkPage {
            Require.present(template, "template");
            context = Map.copyOf(Require.present(context, "context"));
        }
    }
}
