package io.promisedesk.jira.access;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.language.StatusPhraseMapping;
import io.promisedesk.settings.GlobalSettings;
import io.promisedesk.settings.GlobalSettingsStore;
import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.Versioned;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** JiraAccess against stand-ins of the Jira services it is given: proxies answering the members it calls. */
public class JiraAccessTest {
    private static final IssueKey OPS_7 = IssueKey.parse("OPS-7");

    private final ApplicationUser anna = user("anna");
    private final Authentication authentication = new Authentication();
    private final Permissions permissions = new Permissions();
    private final GlobalPermissions globalPermissions = new GlobalPermissions();
    private final Groups groups = new Groups();
    private final Issues issues = new Issues();
    private final Settings settings = new Settings();
    private final JiraAccess access = new JiraAccess(authentication.jira(), permissions.jira(), globalPermissions.jira(),
            groups.jira(), issues.jira(), settings);

    @Test
    public void user_isTheLoggedInUsersName_andEmptyForAnonymous() {
        assertEquals(Optional.empty(), access.user());

        authentication.user = anna;

        assertEquals(Optional.of("anna"), access.user());
    }

    @Test
    public void browseAndEdit_askJiraForThatIssueAndThatUser() {
        authentication.user = anna;
        issues.add("OPS-7");
        permissions.grant(ProjectPermissions.BROWSE_PROJECTS, "OPS-7", anna);

        assertTrue(access.canBrowse(OPS_7));
        assertFalse("browsing is not editing", access.canEdit(OPS_7));

        permissions.grant(ProjectPermissions.EDIT_ISSUES, "OPS-7", anna);

        assertTrue(access.canEdit(OPS_7));
        assertFalse("nothing granted on OPS-8", access.canBrowse(IssueKey.parse("OPS-8")));
    }

    @Test
    public void anonymousViewer_isJudgedByJiraAsNobody() {
        issues.add("OPS-7");
        permissions.grant(ProjectPermissions.BROWSE_PROJECTS, "OPS-7", null);

        assertTrue("a project that lets anyone browse", access.canBrowse(OPS_7));
        assertFalse(access.canEdit(OPS_7));
    }

    @Test
    public void anIssueJiraDoesNotHave_orNoIssue_isNeverPermitted() {
        authentication.user = anna;
        permissions.grant(ProjectPermissions.BROWSE_PROJECTS, "OPS-7", anna);

        assertFalse("deleted meanwhile", access.canBrowse(OPS_7));
        assertFalse(access.canBrowse(null));
        assertFalse(access.canEdit(null));
        assertEquals("Jira is not asked about a missing issue", List.of(), permissions.asked);
    }

    @Test
    public void administrator_isJirasAdministerPermission_neverForAnonymous() {
        assertFalse(access.isAdministrator());
        assertEquals("nobody to ask about", 0, globalPermissions.asked);

        authentication.user = anna;
        assertFalse(access.isAdministrator());

        globalPermissions.administrators.add(anna);
        assertTrue(access.isAdministrator());
    }

    @Test
    public void sales_isMembershipOfAConfiguredSalesGroup() {
        authentication.user = anna;
        groups.member("anna", "jira-software-users");
        assertFalse("no sales group configured", access.isSales());

        settings.salesGroups = Set.of("sales-emea", "sales-us");
        assertFalse("member of other groups only", access.isSales());

        groups.member("anna", "sales-us");
        assertTrue(access.isSales());
    }

    @Test
    public void sales_readsTheGroupsAsStoredNow() {
        authentication.user = anna;
        groups.member("anna", "sales-emea");
        settings.salesGroups = Set.of("sales-emea");
        assertTrue(access.isSales());

        settings.salesGroups = Set.of("sales-us");

        assertFalse("an admin removed the group from the sales groups", access.isSales());
    }

    @Test
    public void anonymousViewer_isNoSalesperson() {
        settings.salesGroups = Set.of("sales-emea");

        assertFalse(access.isSales());
        assertEquals(0, groups.asked);
    }

    @Test
    public void everyServiceIsRequired() {
        assertThrows(RuntimeException.class,
                () -> new JiraAccess(null, permissions.jira(), globalPermissions.jira(), groups.jira(), issues.jira(),
                        settings));
        assertThrows(RuntimeException.class,
                () -> new JiraAccess(authentication.jira(), permissions.jira(), globalPermissions.jira(), groups.jira(),
                        issues.jira(), null));
    }

    private static ApplicationUser user(String name) {
        return fake(ApplicationUser.class, Map.of("getUsername", returns(name)));
    }

    private static MutableIssue foundIssue(String key) {
        return fake(MutableIssue.class, Map.of("getKey", returns(key), "getId", returns((long) key.hashCode())));
    }

    private static final class Authentication {
        ApplicationUser user;

        JiraAuthenticationContext jira() {
            return fake(JiraAuthenticationContext.class, Map.of("getLoggedInUser", arguments -> user,
                    "getLocale", returns(Locale.ENGLISH)));
        }
    }

    private static final class Permissions {
        final Set<List<Object>> grants = new HashSet<>();
        final List<String> asked = new ArrayList<>();

        void grant(ProjectPermissionKey permission, String issue, ApplicationUser user) {
            grants.add(Arrays.asList(permission, issue, user));
        }

        PermissionManager jira() {
            return fake(PermissionManager.class, Map.of("hasPermission", arguments -> {
                Issue issue = (Issue) arguments[1];
                asked.add(issue.getKey());
                return grants.contains(Arrays.asList(arguments[0], issue.getKey(), arguments[2]));
            }));
        }
    }

    private static final class GlobalPermissions {
        final Set<ApplicationUser> administrators = new HashSet<>();
        int asked;

        GlobalPermissionManager jira() {
            return fake(GlobalPermissionManager.class, Map.of("hasPermission", arguments -> {
                asked++;
                return arguments[0] == GlobalPermissionKey.ADMINISTER && administrators.contains(arguments[1]);
            }));
        }
    }

    private static final class Groups {
        final Map<String, Set<String>> groupsOf = new HashMap<>();
        int asked;

        void member(String user, String group) {
            groupsOf.computeIfAbsent(user, each -> new HashSet<>()).add(group);
        }

        GroupManager jira() {
            return fake(GroupManager.class, Map.of("isUserInGroup", arguments -> {
                asked++;
                return groupsOf.getOrDefault(((ApplicationUser) arguments[0]).getUsername(), Set.of())
                        .contains((String) arguments[1]);
            }));
        }
    }

    private static final class Issues {
        final Set<String> keys = new HashSet<>();

        void add(String key) {
            keys.add(key);
        }

        IssueManager jira() {
            return fake(IssueManager.class, Map.of("getIssueObject",
                    arguments -> keys.contains((String) arguments[0]) ? foundIssue((String) arguments[0]) : null));
        }
    }

    private static final class Settings implements GlobalSettingsStore {
        Set<String> salesGroups = Set.of();

        @Override
        public Versioned<GlobalSettings> load() {
            return new Versioned<>(GlobalSettings.of(StatusPhraseMapping.defaults(), salesGroups), 1);
        }

        @Override
        public StoreOutcome<GlobalSettings> save(GlobalSettings settings, long expectedVersion) {
            throw new UnsupportedOperationException("access only reads the settings");
        }
    }
}
