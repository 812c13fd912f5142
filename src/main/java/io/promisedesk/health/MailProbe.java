package io.promisedesk.health;

import io.promisedesk.common.Require;

import java.util.Optional;

/** The port that says whether the host can send mail: what the mail queue checks before it sends a digest. */
public interface MailProbe {

    Mail mail();

    /** Whether a default outgoing server is set up, whether sending is switched off, and the server's sender address. */
    record Mail(boolean serverConfigured, boolean sendingDisabled, Optional<String> from) {
        public Mail {
            Require.present(from, "from");
        }
    }
}
