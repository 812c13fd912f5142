package io.promisedesk.jira.digest;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.promisedesk.common.Require;
import io.promisedesk.digest.Digest;
import io.promisedesk.digest.DigestMail;
import io.promisedesk.digest.DigestMails;
import io.promisedesk.digest.DigestSchedule;
import io.promisedesk.digest.DigestTemplates;
import io.promisedesk.digest.Recipient;
import io.promisedesk.digest.view.DigestMailRenderer;

/**
 * Renders digest mails with Jira's Velocity, linking to Jira's canonical base URL as it is when each mail is made (an
 * administrator may change it while the plugin runs), with times in the digest periods' zone.
 */
public final class JiraDigestMails implements DigestMails {
    private final DigestTemplates templates;
    private final ApplicationProperties application;
    private final DigestSchedule schedule;

    public JiraDigestMails(DigestTemplates templates, ApplicationProperties application, DigestSchedule schedule) {
        this.templates = Require.present(templates, "templates");
        this.application = Require.present(application, "application");
        this.schedule = Require.present(schedule, "schedule");
    }

    @Override
    public DigestMail render(Recipient recipient, Digest digest) {
        return new DigestMailRenderer(templates, application.getBaseUrl(UrlMode.CANONICAL), schedule.zone())
                .render(recipient, digest);
    }
}
