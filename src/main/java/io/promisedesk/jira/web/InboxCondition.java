package io.promisedesk.jira.web;

import com.atlassian.plugin.web.Condition;
import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.team.Member;
import io.promisedesk.team.TeamDirectory;

import java.util.Map;

/**
 * Shows the "ETA inboxes" link in the top navigation to the members of the configured teams and to Jira
 * administrators; the inbox pages check each team and issue again.
 */
public final class InboxCondition implements Condition {
    private final Access access;
    private final TeamDirectory teams;

    public InboxCondition(Access access, TeamDirectory teams) {
        this.access = Require.present(access, "access");
        this.teams = Require.present(teams, "teams");
    }

    @Override
    public void init(Map<String, String> params) {
        // The module passes no parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (access.isAdministrator()) {
            return true;
        }
        return access.user().map(user -> teams.teams().stream().flatMap(team -> team.members().stream())
                .map(Member::user).anyMatch(user::equals)).orElse(false);
    }
}
