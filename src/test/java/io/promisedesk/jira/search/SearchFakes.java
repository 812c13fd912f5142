package io.promisedesk.jira.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.jira.field.EtaFieldType;
import io.promisedesk.jira.field.SalesCommitmentFieldType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;

/** Jira issues and custom fields as the search gives them, for the search's tests. */
final class SearchFakes {
    static final SalesCommitmentFieldType COMMITMENT_TYPE =
            new SalesCommitmentFieldType(null, null, null, null, MutableClock.at("2026-03-02T09:00:00Z"),
                    new io.promisedesk.commitment.InformedOfIssue(new io.promisedesk.commitment.InMemoryCommitmentStore()), null);
    static final EtaFieldType ETA_TYPE = new EtaFieldType(null, null, null, MutableClock.at("2026-03-02T09:00:00Z"));
    static final CustomField COMMITMENT_FIELD = field("customfield_10100", COMMITMENT_TYPE);
    static final CustomField ETA_FIELD = field("customfield_10101", ETA_TYPE);

    private SearchFakes() {
    }

    static CustomField field(String id, CustomFieldType type) {
        return fake(CustomField.class, Map.of("getId", returns(id), "getCustomFieldType", returns(type)));
    }

    /** An issue with a key, a status in a category and nothing else set; {@link IssueFake} sets the rest. */
    static IssueFake issue(String key, String status, String category) {
        return new IssueFake(key, status, category);
    }

    /** An issue's values, turned into a proxy of Jira's issue by {@link #jira()}. */
    static final class IssueFake {
        private final Map<String, Function<Object[], Object>> answers = new HashMap<>();
        private final Map<String, Object> fieldValues = new HashMap<>();

        private IssueFake(String key, String status, String category) {
            StatusCategory statusCategory = category == null ? null
                    : fake(StatusCategory.class, Map.of("getKey", returns(category)));
            answers.put("getKey", returns(key));
            answers.put("getSummary", returns("Summary of " + key));
            answers.put("getStatus", returns(status == null ? null : fake(Status.class,
                    Map.of("getName", returns(status), "getStatusCategory", returns(statusCategory)))));
            answers.put("getPriority", returns(null));
            answers.put("getAssignee", returns(null));
            answers.put("getEstimate", returns(null));
            answers.put("getResolutionDate", returns(null));
            answers.put("getCustomFieldValue", arguments -> fieldValues.get(((CustomField) arguments[0]).getId()));
        }

        IssueFake priority(String name) {
            answers.put("getPriority", returns(fake(Priority.class, Map.of("getName", returns(name)))));
            return this;
        }

        IssueFake assignee(String username) {
            answers.put("getAssignee", returns(fake(ApplicationUser.class, Map.of("getUsername", returns(username)))));
            return this;
        }

        IssueFake estimateSeconds(long seconds) {
            answers.put("getEstimate", returns(seconds));
            return this;
        }

        IssueFake resolvedAt(String instant) {
            answers.put("getResolutionDate", returns(Timestamp.from(Instant.parse(instant))));
            return this;
        }

        IssueFake value(CustomField field, Object value) {
            fieldValues.put(field.getId(), value);
            return this;
        }

        Issue jira() {
            return fake(Issue.class, answers);
        }

        /** The same issue as Jira's issue manager gives it. */
        MutableIssue mutable() {
            return fake(MutableIssue.class, answers);
        }
    }
}
