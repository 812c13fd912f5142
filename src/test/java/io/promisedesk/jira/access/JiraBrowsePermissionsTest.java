package io.promisedesk.jira.access;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.promisedesk.work.IssueKey;
import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * JiraBrowsePermissions asks Jira's Browse Projects for the named user, not the one logged in, against proxies of the
 * user directory, the issues and the permission manager; whoever or whatever Jira does not know may browse nothing.
 */
public class JiraBrowsePermissionsTest {
    private static final IssueKey OPS_7 = IssueKey.parse("OPS-7");

    private final Map<String, ApplicationUser> directory = new HashMap<>();
    private final Set<String> issues = new HashSet<>(Set.of("OPS-7"));
    private final Set<String> grants = new HashSet<>();
    private final List<String> asked = new ArrayList<>();
    private final JiraBrowsePermissions permissions = new JiraBrowsePermissions(
            fake(UserManager.class, Map.of("getUserByName", arguments -> directory.get((String) arguments[0]))),
            fake(IssueManager.class, Map.of("getIssueObject", arguments ->
                    issues.contains((String) arguments[0]) ? issue((String) arguments[0]) : null)),
            fake(PermissionManager.class, Map.of("hasPermission", arguments -> {
                String question = arguments[0] + " " + ((Issue) arguments[1]).getKey() + " "
                        + ((ApplicationUser) arguments[2]).getUsername();
                asked.add(question);
                return grants.contains(question);
            })));

    @Test
    public void aUserWithBrowseProjectsOnTheIssue_mayBrowseIt() {
        directory.put("sam", user("sam", true));
        grants.add(ProjectPermissions.BROWSE_PROJECTS + " OPS-7 sam");

        assertTrue(permissions.canBrowse("sam", OPS_7));
        assertEquals(List.of(ProjectPermissions.BROWSE_PROJECTS + " OPS-7 sam"), asked);
    }

    @Test
    public void aUserWithoutBrowseProjects_mayNot_whoeverElseMay() {
        directory.put("sam", user("sam", true));
        directory.put("kim", user("kim", true));
        grants.add(ProjectPermissions.BROWSE_PROJECTS + " OPS-7 kim");

        assertFalse(permissions.canBrowse("sam", OPS_7));
        assertTrue(permissions.canBrowse("kim", OPS_7));
    }

    @Test
    public void anInactiveUser_mayBrowseNothing_andJiraIsNotAskedForTheirPermission() {
        directory.put("sam", user("sam", false));
        grants.add(ProjectPermissions.BROWSE_PROJECTS + " OPS-7 sam");

        assertFalse(permissions.canBrowse("sam", OPS_7));
        assertEquals(List.of(), asked);
    }

    @Test
    public void aUserJiraDoesNotKnow_isNotTakenForAnAnonymousVisitor() {
        assertFalse(permissions.canBrowse("gone", OPS_7));
        assertEquals(List.of(), asked);
    }

    @Test
    public void anIssueJiraNoLongerHas_mayNotBeBrowsed() {
        directory.put("sam", user("sam", true));
        grants.add(ProjectPermissions.BROWSE_PROJECTS + " OPS-8 sam");

        assertFalse(permissions.canBrowse("sam", IssueKey.parse("OPS-8")));
        assertEquals(List.of(), asked);
    }

    @Test
    public void noUserOrNoIssue_mayNotBeBrowsed() {
        directory.put("sam", user("sam", true));
        grants.add(ProjectPermissions.BROWSE_PROJECTS + " OPS-7 sam");

        assertFalse(permissions.canBrowse(null, OPS_7));
        assertFalse(permissions.canBrowse(" ", OPS_7));
        assertFalse(permissions.canBrowse("sam", null));
    }

    private static ApplicationUser user(String name, boolean active) {
        return fake(ApplicationUser.class, Map.of("getUsername", returns(name), "isActive", returns(active)));
    }

    private static MutableIssue issue(String key) {
        return fake(MutableIssue.class, Map.of("getKey", returns(key)));
    }
}
