package io.promisedesk.jira.servlet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of a page anyone holding a link may open without a Jira login (status links, unsubscribe links): kept
 * by no browser or proxy, no {@code Referer} carrying the token elsewhere, not indexed, never framed, and a content
 * security policy that loads nothing.
 */
final class OpenPageHeaders {
    private OpenPageHeaders() {
    }

    /** The headers, the page's forms allowed to post to {@code formAction} ({@code 'none'} or {@code 'self'}). */
    static Map<String, String> postingTo(String formAction) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Robots-Tag", "noindex, nofollow");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy",
                "default-src 'none'; base-uri 'none'; form-action " + formAction + "; frame-ancestors 'none'");
        headers.put("X-Frame-Options", "DENY");
        return Map.copyOf(headers);
    }
}
