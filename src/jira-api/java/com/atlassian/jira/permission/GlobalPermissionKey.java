package com.atlassian.jira.permission;

/**
 * Compile-only declaration of Jira's global permission key with the one constant the adapters check. The field is
 * not a compile-time constant, so our classes read Jira's own at run time. Never packaged (docs/jira-api-surface.md).
 */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
