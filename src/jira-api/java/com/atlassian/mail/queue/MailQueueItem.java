package com.atlassian.mail.queue;

/** Compile-only declaration of an item of Jira's mail queue; we call none of its members. Never packaged. */
public interface MailQueueItem {
}
