package io.promisedesk.inbox.view;

import io.promisedesk.common.Require;
import io.promisedesk.team.Team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the context of {@code templates/inbox/inbox-list.vm}: the teams whose ETA inbox the reader may open, each
 * linked with how many requests wait in it, so a technician sees where questions are waiting before opening one.
 */
public final class InboxListView {
    public static final String TEMPLATE = "templates/inbox/inbox-list.vm";

    private final InboxLinks links;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public InboxListView(String baseUrl) {
        this.links = new InboxLinks(baseUrl);
    }

    /** One team's inbox and how many of its requests, that the reader may see, wait. */
    public record Waiting(Team team, int count) {
        public Waiting {
            Require.present(team, "team");
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0, was " + count);
            }
        }
    }

    /** The inboxes in the order given; none shows one sentence saying so instead of an empty list. */
    public Map<String, Object> context(List<Waiting> inboxes, Locale locale) {
        InboxWords words = new InboxWords(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("heading", words.text("promisedesk.inbox.list.heading"));
        context.put("intro", words.text("promisedesk.inbox.list.intro"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Waiting inbox : Require.present(inboxes, "inboxes")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", inbox.team().name());
            row.put("href", links.inbox(inbox.team().key()));
            row.put("waiting", words.text("promisedesk.inbox.list.waiting", inbox.count()));
            row.put("anyWaiting", inbox.count() > 0);
            rows.add(row);
        }
        context.put("inboxes", rows);
        context.put("hasInboxes", !rows.isEmpty());
        context.put("none", words.text("promisedesk.inbox.list.none"));
        return context;
    }
}
