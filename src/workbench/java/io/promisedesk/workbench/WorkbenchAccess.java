package io.promisedesk.workbench;

import io.promisedesk.access.Access;
import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.work.IssueKey;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The plugin's {@link Access} port answered from the workbench's role switch: the role of the request on this
 * thread, set by {@link WorkbenchRest}'s filter as Jira's authentication context holds the logged-in user.
 *
 * <p>Every role is a Jira user who may browse every issue of the world, except those {@code hidden} (the tests'
 * stand-in for a project one cannot see): hidden from all but admins, or from admins too, as a Jira administrator
 * need not be granted every project; technicians and admins may edit what they may browse. As
 * {@link BrowsePermissions} it answers the same for a role named by its label, the user name the digests know.
 */
final class WorkbenchAccess implements Access, BrowsePermissions {
    private static final ThreadLocal<Role> CURRENT = new ThreadLocal<>();

    private final WorkbenchWorld world;
    private final Predicate<IssueKey> hidden;
    private final boolean fromAdminsToo;

    /** The issues {@code hidden} from every role but admin. */
    WorkbenchAccess(WorkbenchWorld world, Predicate<IssueKey> hidden) {
        this(world, hidden, false);
    }

    WorkbenchAccess(WorkbenchWorld world, Predicate<IssueKey> hidden, boolean fromAdminsToo) {
        this.world = world;
        this.hidden = hidden;
        this.fromAdminsToo = fromAdminsToo;
    }

    /** Whether {@code role} may browse an issue, for the workbench's own pages, which know the role of the request. */
    Predicate<IssueKey> browsableBy(Role role) {
        return issue -> answer(role, () -> canBrowse(issue));
    }

    /** Runs {@code work} as {@code role}, or as nobody logged in for an empty role, on this thread. */
    static void as(Optional<Role> role, ThrowingRunnable work) throws Exception {
        Role before = CURRENT.get();
        role.ifPresentOrElse(CURRENT::set, CURRENT::remove);
        try {
            work.run();
        } finally {
            restore(before);
        }
    }

    /** What {@code work} answers when run as {@code role} on this thread: the pages' requests, which throw nothing. */
    static <T> T answer(Role role, Supplier<T> work) {
        Role before = CURRENT.get();
        CURRENT.set(role);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    private static void restore(Role before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }

    /** What a filter runs: the rest of the chain. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Optional<Role> role() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The role's label stands in for a user name, as the ETA form's author; the workbench has no users. */
    @Override
    public Optional<String> user() {
        return role().map(Role::label);
    }

    @Override
    public boolean canBrowse(IssueKey issue) {
        Optional<Role> role = role();
        return role.isPresent() && issue != null && world.issue(issue).isPresent()
                && ((role.get().isAdmin() && !fromAdminsToo) || !hidden.test(issue));
    }

    /** A name that is no role's label is a user Jira does not know. */
    @Override
    public boolean canBrowse(String user, IssueKey issue) {
        return Arrays.stream(Role.values()).filter(role -> role.label().equals(user)).findFirst()
                .map(role -> answer(role, () -> canBrowse(issue))).orElse(false);
    }

    @Override
    public boolean canEdit(IssueKey issue) {
        return canBrowse(issue) && role().map(Role::editsEta).orElse(false);
    }

    @Override
    public boolean isAdministrator() {
        return role().map(Role::isAdmin).orElse(false);
    }

    @Override
    public boolean isSales() {
        return role().map(role -> role == Role.SALESPERSON).orElse(false);
    }
}
