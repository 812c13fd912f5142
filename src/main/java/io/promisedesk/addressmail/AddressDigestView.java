package io.promisedesk.addressmail;

import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.statuslink.StatusLinkToken;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a digest to an address into the context of {@code templates/addressmail/address-digest-html.vm} and
 * {@code address-digest-text.vm}, in the address's language: per issue only its key, summary, ETA (and what it was)
 * and the promised date, as {@link AddressNews} holds them, no link into Jira (the reader has no login), and the
 * unsubscribe link.
 */
public final class AddressDigestView {
    public static final String HTML_TEMPLATE = "templates/addressmail/address-digest-html.vm";
    public static final String TEXT_TEMPLATE = "templates/addressmail/address-digest-text.vm";
    /** An unsubscribe link is this path followed by its token. */
    public static final String UNSUBSCRIBE_PATH = "/plugins/servlet/promisedesk/unsubscribe/";

    private final String baseUrl;
    private final ZoneId zone;

    /**
     * {@code baseUrl} is Jira's absolute base URL (empty only where pages are served at the root, as in the
     * workbench); the period's start is written in {@code zone}, with its name.
     */
    public AddressDigestView(String baseUrl, ZoneId zone) {
        String base = Require.present(baseUrl, "baseUrl").strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.zone = Require.present(zone, "zone");
    }

    /** The link that unsubscribes the address: a confirmation page, then a button. */
    public String unsubscribeUrl(StatusLinkToken token) {
        return baseUrl + UNSUBSCRIBE_PATH + Require.present(token, "token").text();
    }

    public String subject(AddressDigest digest) {
        return new MessageRenderer(digest.language()).render("promisedesk.addressDigest.subject", digest.news().size());
    }

    /** The context both templates render. */
    public Map<String, Object> context(AddressDigest digest, StatusLinkToken unsubscribe) {
        Require.present(digest, "digest");
        MessageRenderer words = new MessageRenderer(digest.language());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", digest.language().toLanguageTag());
        context.put("title", subject(digest));
        context.put("intro", words.render("promisedesk.addressDigest.intro", since(digest, words)));
        List<Map<String, Object>> issues = new ArrayList<>();
        for (AddressNews news : digest.news()) {
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("key", news.issue().toString());
            issue.put("hasSummary", news.summary().isPresent());
            issue.put("summary", news.summary().orElse(""));
            issue.put("etaLabel", words.render("promisedesk.addressDigest.label.eta"));
            issue.put("eta", news.etaBefore().filter(before -> !before.equals(news.eta()))
                    .map(before -> words.render("promisedesk.addressDigest.eta.moved", words.format(news.eta()),
                            words.format(before)))
                    .orElseGet(() -> words.format(news.eta())));
            issue.put("slipped", news.slipped());
            issue.put("promisedLabel", words.render("promisedesk.addressDigest.label.promised"));
            issue.put("promised", words.format(news.promised()));
            issue.put("late", news.eta().isAfter(news.promised()));
            issue.put("lateText", words.render("promisedesk.addressDigest.late"));
            issues.add(Collections.unmodifiableMap(issue));
        }
        context.put("issues", List.copyOf(issues));
        context.put("why", words.render("promisedesk.addressDigest.why", digest.address().text()));
        context.put("unsubscribeLink", words.render("promisedesk.addressDigest.unsubscribe"));
        context.put("unsubscribeHref", unsubscribeUrl(unsubscribe));
        return Collections.unmodifiableMap(context);
    }

    private String since(AddressDigest digest, MessageRenderer words) {
        return words.format(digest.after().atZone(zone).toLocalDate()) + " "
                + DateTimeFormatter.ofPattern("HH:mm z", digest.language()).format(digest.after().atZone(zone));
    }
}
