package com.atlassian.mail.queue;

/**
 * Compile-only declaration of Jira's outgoing mail queue, with only the member the digest sender calls
 * (docs/jira-api-surface.md). Jira provides the real type; this copy is never packaged.
 */
public interface MailQueue {
    void addItem(MailQueueItem item);
}
