package io.promisedesk.workbench;

import java.util.Locale;
import java.util.Optional;

/** Who the workbench pretends the viewer is, standing in for Jira's groups and global permissions. */
enum Role {
    SALESPERSON("Salesperson"),
    TECHNICIAN("Technician"),
    ADMIN("Jira admin"),
    NONE("No Promise Desk role");

    static final Role DEFAULT = TECHNICIAN;

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role named in a query parameter or cookie ({@code technician}); empty for anything else. */
    static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.parameter().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    /** The overcommit panel is the technicians' tool; admins see it too, since they configure what it measures. */
    boolean seesOvercommitPanel() {
        return this == TECHNICIAN || this == ADMIN;
    }

    /** Who may change an ETA: the team's technicians, and admins. */
    boolean editsEta() {
        return this == TECHNICIAN || this == ADMIN;
    }

    boolean isAdmin() {
        return this == ADMIN;
    }
}
