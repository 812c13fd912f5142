package io.promisedesk.jira.web;

import com.atlassian.plugin.web.Condition;
import io.promisedesk.access.Access;
import io.promisedesk.common.Require;

import java.util.Map;

/**
 * Shows the sales links ("Sales view" on an issue, "My commitments" and "Customer reviews" in the top navigation) to
 * members of the sales groups and to Jira administrators, who may open the sales pages too.
 */
public final class SalesCondition implements Condition {
    private final Access access;

    public SalesCondition(Access access) {
        this.access = Require.present(access, "access");
    }

    @Override
    public void init(Map<String, String> params) {
        // The module passes no parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.isSales() || access.isAdministrator();
    }
}
