package io.promisedesk.language;

/** Where an issue stands in words sales uses, whatever the Jira workflow calls it. */
public enum BusinessPhrase {
    NOT_STARTED("promisedesk.language.phrase.notStarted"),
    IN_PROGRESS("promisedesk.language.phrase.inProgress"),
    WAITING_FOR_CUSTOMER("promisedesk.language.phrase.waitingForCustomer"),
    DONE("promisedesk.language.phrase.done");

    private final String i18nKey;

    BusinessPhrase(String i18nKey) {
        this.i18nKey = i18nKey;
    }

    public String i18nKey() {
        return i18nKey;
    }

    /** The phrase's name, as an admin picks it and as it starts a sentence. */
    public Message message() {
        return Message.of(i18nKey);
    }
}
