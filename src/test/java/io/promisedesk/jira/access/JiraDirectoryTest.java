package io.promisedesk.jira.access;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.promisedesk.jira.JiraFakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** JiraDirectory against stand-ins of Jira's group and project lookups, which answer null for an unknown name. */
public class JiraDirectoryTest {
    private final List<String> asked = new ArrayList<>();
    private final JiraDirectory directory = new JiraDirectory(groups(Set.of("jira-sales")), projects(Set.of("OPS")));

    @Test
    public void aGroupExists_whenJiraFindsIt() {
        assertTrue(directory.groupExists("jira-sales"));
        assertFalse(directory.groupExists("jira-marketing"));
        assertEquals(List.of("group jira-sales", "group jira-marketing"), asked);
    }

    @Test
    public void aProjectExists_whenJiraFindsItsKey() {
        assertTrue(directory.projectExists("OPS"));
        assertFalse(directory.projectExists("NET"));
        assertEquals(List.of("project OPS", "project NET"), asked);
    }

    @Test
    public void noNameOrABlankOne_existsWithoutAskingJira() {
        assertFalse(directory.groupExists(null));
        assertFalse(directory.groupExists(" "));
        assertFalse(directory.projectExists(null));
        assertFalse(directory.projectExists(""));
        assertEquals(List.of(), asked);
    }

    @Test
    public void bothJiraServices_areRequired() {
        assertThrows(IllegalArgumentException.class, () -> new JiraDirectory(null, projects(Set.of())));
        assertThrows(IllegalArgumentException.class, () -> new JiraDirectory(groups(Set.of()), null));
    }

    private GroupManager groups(Set<String> known) {
        return fake(GroupManager.class, Map.of("getGroup", arguments -> {
            asked.add("group " + arguments[0]);
            return known.contains((String) arguments[0]) ? fake(Group.class, Map.of()) : null;
        }));
    }

    private ProjectManager projects(Set<String> known) {
        return fake(ProjectManager.class, Map.of("getProjectByCurrentKey", arguments -> {
            asked.add("project " + arguments[0]);
            return known.contains((String) arguments[0]) ? fake(Project.class, Map.of()) : null;
        }));
    }
}
