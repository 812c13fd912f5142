package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Compile-only declaration of the queue item that sends one {@link Email}: its constructor, and the getter the
 * digest sender's tests read. Unit tests run this copy's code (docs/jira-api-surface.md). Never packaged.
 */
public class SingleMailQueueItem extends AbstractMailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }
}
