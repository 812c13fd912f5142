package io.promisedesk.digest;

import java.util.Optional;

/** Finds who a user is for a digest; Jira's user directory in the plugin. */
public interface DigestRecipients {

    /** The active user with an e-mail address; empty for a user who is gone, inactive or has no address. */
    Optional<Recipient> find(String user);
}
