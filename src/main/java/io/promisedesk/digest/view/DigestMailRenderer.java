package io.promisedesk.digest.view;

import io.promisedesk.common.Require;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestMails;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.digest.Recipient;

import java.time.ZoneId;
import java.util.Map;

/** Renders a digest as its mail: the subject and both parts from {@link DigestView}'s one context, in the recipient's language. */
public final class DigestMailRenderer implements DigestMails {
    /** Times in a mail carry their zone's name, so one zone for all readers is never misread. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    private final DigestTemplates templates;
    private final DigestView view;

    /**
     * {@code baseUrl} is Jira's absolute base URL, for links that work from a mail. Times are written in UTC with the
     * zone's name: a recipient carries no time zone.
     */
    public DigestMailRenderer(DigestTemplates templates, String baseUrl) {
        this(templates, baseUrl, DEFAULT_ZONE);
    }

    /** Times are written in {@code zone}, with its name: the digest periods' zone, in Jira the server's. */
    public DigestMailRenderer(DigestTemplates templates, String baseUrl, ZoneId zone) {
        this.templates = Require.present(templates, "templates");
        this.view = new DigestView(baseUrl, Require.present(zone, "zone"));
    }

    @Override
    public DigestMail render(Recipient recipient, Digest digest) {
        Map<String, Object> context = view.mail(recipient, digest);
        return new DigestMail(recipient.email(), view.subject(recipient, digest),
                templates.html(DigestView.HTML_TEMPLATE, context), templates.text(DigestView.TEXT_TEMPLATE, context));
    }
}
