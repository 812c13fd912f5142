package io.promisedesk.health;

import io.promisedesk.common.Require;
import io.promisedesk.language.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * Outgoing mail is configured and enabled, since digests go through the host's mail queue; amber, not red, without:
 * every screen works, only the digests stay unsent.
 */
public final class MailCheck implements HealthCheck {
    private final MailProbe probe;

    public MailCheck(MailProbe probe) {
        this.probe = Require.present(probe, "probe");
    }

    @Override
    public Area area() {
        return Area.MAIL;
    }

    @Override
    public List<Finding> run() {
        MailProbe.Mail mail = probe.mail();
        List<Finding> findings = new ArrayList<>();
        if (!mail.serverConfigured()) {
            findings.add(Finding.amber(Message.of("promisedesk.health.mail.noServer"),
                    Message.of("promisedesk.health.mail.noServer.advice")));
        }
        if (mail.sendingDisabled()) {
            findings.add(Finding.amber(Message.of("promisedesk.health.mail.disabled"),
                    Message.of("promisedesk.health.mail.disabled.advice")));
        }
        if (findings.isEmpty()) {
            findings.add(mail.from().filter(from -> !from.isBlank())
                    .map(from -> Finding.green(Message.of("promisedesk.health.mail.ok", from)))
                    .orElseGet(() -> Finding.green(Message.of("promisedesk.health.mail.okNoSender"))));
        }
        return findings;
    }
}
