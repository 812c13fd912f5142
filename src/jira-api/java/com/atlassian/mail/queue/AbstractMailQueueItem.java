package com.atlassian.mail.queue;

/** Compile-only declaration of the base class of atlassian-mail's queue items; never packaged. */
public abstract class AbstractMailQueueItem implements MailQueueItem {
}
