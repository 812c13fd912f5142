package io.promisedesk.health;

/** Promise Desk's two custom field types: their module keys in the descriptor and the i18n keys of their names. */
public enum FieldKind {
    SALES_COMMITMENT("sales-commitment", "promisedesk.field.commitment.name"),
    ETA("eta", "promisedesk.field.eta.name");

    private final String moduleKey;
    private final String nameKey;

    FieldKind(String moduleKey, String nameKey) {
        this.moduleKey = moduleKey;
        this.nameKey = nameKey;
    }

    /** The {@code customfield-type} module's key, such as {@code eta}. */
    public String moduleKey() {
        return moduleKey;
    }

    public String nameKey() {
        return nameKey;
    }
}
