package io.promisedesk.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.jira.field.CommitmentDate;
import io.promisedesk.jira.field.SalesCommitmentFieldType;
import io.promisedesk.review.DeliveredCommitment;
import io.promisedesk.review.DeliveredCommitments;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.work.IssueKey;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivered commitments from Jira's search: per configured team, its issues done and resolved since the day
 * asked with a Sales Commitment to a customer, delivered on the resolution date in the team's zone. Like the work
 * items, found whoever may see them; the review leaves out what its reader may not browse. A team whose filter no
 * longer parses has no deliveries, rather than no review.
 */
public final class JiraDeliveredCommitments implements DeliveredCommitments {
    private final TeamSettingsStore teams;
    private final SearchService search;
    private final CustomFieldManager fields;

    public JiraDeliveredCommitments(TeamSettingsStore teams, SearchService search, CustomFieldManager fields) {
        this.teams = Require.present(teams, "teams");
        this.search = Require.present(search, "search");
        this.fields = Require.present(fields, "fields");
    }

    @Override
    public List<DeliveredCommitment> deliveredSince(LocalDate firstDay) {
        Require.present(firstDay, "firstDay");
        Optional<CustomField> commitmentField = JiraWorkItemSource.fieldOf(fields, SalesCommitmentFieldType.class);
        if (commitmentField.isEmpty()) {
            return List.of();
        }
        Map<IssueKey, DeliveredCommitment> found = new LinkedHashMap<>();
        for (TeamSettings team : teams.all().stream().map(Versioned::value).toList()) {
            // A day early: Jira reads the date in its own zone, the team's day may start before it.
            Optional<String> jql = TeamJql.deliveredSince(team.scope(), firstDay.minusDays(1));
            SearchService.ParseResult parsed = jql.map(query -> search.parseQuery(null, query)).orElse(null);
            if (parsed == null || !parsed.isValid()) {
                continue;
            }
            ZoneId zone = team.team().timeZone();
            PagedSearch.each(search, parsed, issue -> delivered(issue, commitmentField.get(), zone)
                    .filter(delivery -> !delivery.delivered().isBefore(firstDay))
                    .ifPresent(delivery -> found.putIfAbsent(delivery.issue(), delivery)));
        }
        return List.copyOf(found.values());
    }

    private static Optional<DeliveredCommitment> delivered(Issue issue, CustomField commitmentField, ZoneId zone) {
        Timestamp resolved = issue.getResolutionDate();
        if (resolved == null || !(issue.getCustomFieldValue(commitmentField) instanceof CommitmentDate value)) {
            return Optional.empty();
        }
        Commitment commitment = value.commitment();
        Optional<Customer> customer = commitment.customerIfKnown();
        return customer.map(known -> new DeliveredCommitment(IssueKey.parse(issue.getKey()),
                issue.getSummary() == null ? "" : issue.getSummary(), known, commitment.date(),
                LocalDate.ofInstant(resolved.toInstant(), zone)));
    }
}
