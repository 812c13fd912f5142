package io.promisedesk.jira.servlet;

import io.promisedesk.addressmail.AddressDigestView;
import io.promisedesk.addressmail.Unsubscribe;
import io.promisedesk.commitment.EmailAddress;
import io.promisedesk.common.Require;
import io.promisedesk.language.MessageRenderer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an unsubscribe link answers anyone, logged in or not: a GET shows the address and a button, changing nothing
 * (mail scanners fetch links); a POST, from that button or from a mail client's one-click unsubscribe (RFC 8058),
 * unsubscribes. Anything that is not a link a mail carried gets one neutral page, as a status link does.
 */
public final class UnsubscribeRequests {
    /** A link is this path followed by its token. */
    public static final String PATH = AddressDigestView.UNSUBSCRIBE_PATH;
    static final String TEMPLATE = "templates/addressmail/unsubscribe.vm";
    static final int SHOWN = 200;
    static final int UNAVAILABLE = 404;
    /**
     * The status link pages' headers, except that the page's own form may post back to it: never cached or indexed,
     * no referrer, nothing loaded, not framed.
     */
    public static final Map<String, String> HEADERS = OpenPageHeaders.postingTo("'self'");

    private final Unsubscribe unsubscribe;

    public UnsubscribeRequests(Unsubscribe unsubscribe) {
        this.unsubscribe = Require.present(unsubscribe, "unsubscribe");
    }

    /** The confirmation page for {@code path} (after Jira's context path); nothing changes. */
    public UnsubscribePage get(String path, Locale locale) {
        Optional<EmailAddress> address = token(path).flatMap(unsubscribe::addressOf);
        return address.map(found -> page(locale, false, found, token(path).orElseThrow()))
                .orElseGet(() -> unavailable(locale));
    }

    /** Unsubscribes the link's address and says so. */
    public UnsubscribePage post(String path, Locale locale) {
        Optional<EmailAddress> address = token(path).flatMap(unsubscribe::confirm);
        return address.map(found -> page(locale, true, found, ""))
                .orElseGet(() -> unavailable(locale));
    }

    private static Optional<String> token(String path) {
        if (path == null || !path.startsWith(PATH)) {
            return Optional.empty();
        }
        return Optional.of(path.substring(PATH.length()));
    }

    private static UnsubscribePage page(Locale locale, boolean done, EmailAddress address, String token) {
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", locale.toLanguageTag());
        context.put("heading", texts.render("promisedesk.unsubscribe.title"));
        context.put("available", true);
        context.put("done", done);
        context.put("text", texts.render(done ? "promisedesk.unsubscribe.done.text"
                : "promisedesk.unsubscribe.confirm.text", address.text()));
        context.put("button", texts.render("promisedesk.unsubscribe.confirm.button"));
        // Relative to the page itself, so the form posts to the very link it was opened from.
        context.put("formAction", token);
        return new UnsubscribePage(SHOWN, context);
    }

    /** The one page for every link that unsubscribes nothing, telling nothing about why. */
    static UnsubscribePage unavailable(Locale locale) {
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", locale.toLanguageTag());
        context.put("heading", texts.render("promisedesk.unsubscribe.unavailable.heading"));
        context.put("available", false);
        context.put("done", false);
        context.put("text", texts.render("promisedesk.unsubscribe.unavailable.text"));
        return new UnsubscribePage(UNAVAILABLE, context);
    }

    /** A whole HTML document: its status and the context of {@value #TEMPLATE}. */
    public record UnsubscribePage(int status, Map<String, Object> context) {
        public UnsubscribePage {
            context = Map.copyOf(Require.present(context, "context"));
        }

        public String template() {
            return TEMPLATE;
        }
    }
}
