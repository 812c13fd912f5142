package io.promisedesk.inbox.view;

import io.promisedesk.fixtures.PlatformScenario;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.AnswerEtaRequests;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.Asked;
import io.promisedesk.inbox.EtaInbox;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.inbox.ShowEtaInbox;
import io.promisedesk.rendering.JiraLikeVelocity;
import io.promisedesk.rendering.RenderedHtml;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.TeamAssessment;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ETA request screens over the scenario's team "platform" on Monday 2 March 2026: the real {@link AskForEta},
 * {@link ShowEtaInbox} and {@link AnswerEtaRequests} on an in-memory store, with the world's clock.
 */
final class InboxRendering {
    static final String BASE_URL = "https://jira.example.com";
    static final String TOKEN = "c0ff-token";
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Team TEAM = PlatformScenario.platformTeam();

    final WorkloadWorld world = new WorkloadWorld();
    final InMemoryEtaRequestStore store = new InMemoryEtaRequestStore();
    final AskForEta askForEta = new AskForEta(store, world.clock);
    final ShowEtaInbox showInbox = new ShowEtaInbox(store, world.clock, Duration.ofDays(30));
    final AnswerEtaRequests answer = new AnswerEtaRequests(store);
    final AskFormView askForm = new AskFormView(BASE_URL);
    final EtaInboxView inboxView = new EtaInboxView(BASE_URL, Duration.ofDays(30));

    WorkItem issue(String key) {
        return world.work.workOf(WorkloadWorld.PLATFORM).stream().filter(item -> item.key().toString().equals(key))
                .findFirst().orElseThrow();
    }

    Asked ask(String key, AskFormInput typed, String requester) {
        return askForEta.ask(typed.toCommand(issue(key), WorkloadWorld.PLATFORM, requester));
    }

    EtaInbox inbox() {
        return showInbox.show(WorkloadWorld.PLATFORM);
    }

    TeamAssessment assessment() {
        return world.snapshots.current(WorkloadWorld.PLATFORM).orElseThrow();
    }

    Map<IssueKey, WorkItem> issues() {
        Map<IssueKey, WorkItem> issues = new LinkedHashMap<>();
        world.work.workOf(WorkloadWorld.PLATFORM).forEach(item -> issues.put(item.key(), item));
        return issues;
    }

    /** Renders the context as Jira will, with the form token the adapter adds; the context must be plain. */
    static Document render(String template, Map<String, Object> context) {
        RenderedHtml.assertPlainContext(context);
        Map<String, Object> withToken = new LinkedHashMap<>(context);
        withToken.put("xsrfToken", TOKEN);
        return JiraLikeVelocity.renderDocument(template, withToken);
    }

    static String textarea(Element textarea) {
        String text = textarea.wholeText();
        return text.startsWith("\n") ? text.substring(1) : text;
    }
}
