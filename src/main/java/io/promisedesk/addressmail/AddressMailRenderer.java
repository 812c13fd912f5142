package io.promisedesk.addressmail;

import io.promisedesk.common.Require;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.statuslink.StatusLinkToken;

import java.time.ZoneId;
import java.util.Map;

/** Renders a digest to an address as its mail: subject, HTML and text from one context, and its unsubscribe link. */
public final class AddressMailRenderer {
    private final DigestTemplates templates;
    private final AddressDigestView view;

    public AddressMailRenderer(DigestTemplates templates, String baseUrl, ZoneId zone) {
        this.templates = Require.present(templates, "templates");
        this.view = new AddressDigestView(baseUrl, zone);
    }

    public AddressMail render(AddressDigest digest, StatusLinkToken unsubscribe) {
        Map<String, Object> context = view.context(digest, unsubscribe);
        return new AddressMail(new DigestMail(digest.address().text(), view.subject(digest),
                templates.html(AddressDigestView.HTML_TEMPLATE, context),
                templates.text(AddressDigestView.TEXT_TEMPLATE, context)), view.unsubscribeUrl(unsubscribe));
    }

    /** A rendered mail and the URL its List-Unsubscribe header names (RFC 8058). */
    public record AddressMail(DigestMail mail, String unsubscribeUrl) {
        public AddressMail {
            Require.present(mail, "mail");
            Require.notBlank(unsubscribeUrl, "unsubscribeUrl", 4_000);
        }
    }
}
