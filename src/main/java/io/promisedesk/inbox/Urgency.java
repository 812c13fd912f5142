package io.promisedesk.inbox;

/** How soon sales needs an ETA, most urgent first: the inbox orders by it before anything else. */
public enum Urgency {
    TODAY("promisedesk.inbox.urgency.today"),
    THIS_WEEK("promisedesk.inbox.urgency.thisWeek"),
    NO_RUSH("promisedesk.inbox.urgency.noRush");

    private final String i18nKey;

    Urgency(String i18nKey) {
        this.i18nKey = i18nKey;
    }

    public String i18nKey() {
        return i18nKey;
    }

    public Urgency moreUrgent(Urgency other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
