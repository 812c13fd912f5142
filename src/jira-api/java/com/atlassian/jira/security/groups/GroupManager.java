package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only declaration of Jira's group membership check. Jira provides the real type; this copy is never
 * packaged (docs/jira-api-surface.md).
 */
public interface GroupManager {

    boolean isUserInGroup(ApplicationUser user, String groupName);

    /** The group with that name, or null when there is none. */
    Group getGroup(String groupName);
}
