package io.promisedesk.rendering;

import java.util.List;

/**
 * Hostile and awkward text to put in every value a user controls: markup, attribute breakers, script URLs,
 * template syntax, very long, right-to-left and emoji text. Single spaces only, so jsoup's text() returns each
 * verbatim. No control or text-direction override: every stored text refuses those (RequireTest), so right-to-left
 * comes as Hebrew and Arabic letters.
 */
public final class XssCorpus {
    private XssCorpus() {
    }

    /** Every payload, each at most {@code maxLength} characters (a customer's name is at most 255). */
    public static List<String> payloads(int maxLength) {
        return List.of(
                        "<script>alert(1)</script>",
                        "</dd></dl><script>alert('x')</script>",
                        "\" onmouseover=\"alert(1)",
                        "' onfocus='alert(1)' autofocus='",
                        "<img src=x onerror=alert(1)>",
                        "<a href=\"javascript:alert(1)\">click</a>",
                        "javascript:alert(document.cookie)",
                        "<svg onload=alert(1)>",
                        "&lt;b&gt;already escaped&lt;/b&gt; &amp; &#39;",
                        "$heading #set($x = 1) ${visible} #if(true)x#end",
                        "{0} {1} '' '{2}'",
                        "\u05E9\u05DC\u05D5\u05DD Globex \u0645\u0631\u062D\u0628\u0627",
                        "Caf\u00e9 \u00fcber \u00c5ngstr\u00f6m \uD83D\uDE80\uD83D\uDD25 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                        "A".repeat(maxLength))
                .stream()
                .map(payload -> payload.length() > maxLength ? payload.substring(0, maxLength) : payload)
                .toList();
    }
}
