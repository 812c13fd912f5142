package io.promisedesk.jira;

import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.commitment.InformedOfIssue;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.inbox.AnsweringEtaHistoryStore;
import io.promisedesk.inbox.AskForEta;
import io.promisedesk.inbox.EtaRequest;
import io.promisedesk.inbox.InMemoryEtaRequestStore;
import io.promisedesk.inbox.view.AskFormInput;
import io.promisedesk.inbox.view.InboxLinks;
import io.promisedesk.jira.field.EtaFieldEdits;
import io.promisedesk.jira.field.EtaFieldType;
import io.promisedesk.jira.rest.IssueResource;
import io.promisedesk.jira.servlet.EtaRequests;
import io.promisedesk.jira.servlet.InboxRequests;
import io.promisedesk.jira.servlet.PageAnswer;
import io.promisedesk.jira.servlet.PageRequest;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckOvercommit;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * In Jira every accepted ETA answers the open requests on its issue, whichever way it was set: the ETA page, the REST
 * resource, a row of the inbox, or the issue's ETA field on Jira's own edit screen. Each is wired as store-context.xml
 * and plugin-context.xml wire them, on the one ETA history store that answers requests, or, for the field's edits,
 * on the answering store they make around the Active Objects store (SpringWiringTest checks that no other bean saves
 * past the answering store).
 */
public class EveryEtaPathAnswersRequestsTest {
    private static final String TOKEN = "token";
    private static final String BASE_URL = "https://jira.example.com";

    private final WorkloadWorld world = new WorkloadWorld();
    private final InMemoryEtaRequestStore requests = new InMemoryEtaRequestStore();
    private final AnsweringEtaHistoryStore etaHistoryStore = new AnsweringEtaHistoryStore(new InMemoryEtaHistoryStore(),
            requests);
    private final UpdateEta updateEta = new UpdateEta(etaHistoryStore, world.clock);
    private final FakeAccess technician = FakeAccess.named("tina").edits("OPS-12", "OPS-7", "OPS-9");

    @Test
    public void theEtaPage_answersTheIssuesRequest() {
        ask("OPS-12");

        PageAnswer saved = new EtaRequests(technician, world.directory, etaHistoryStore, updateEta).post(
                post(EtaRequests.PATH + "OPS-12", Map.of("eta", List.of("2026-03-16"), "reason", List.of(""),
                        "expectedEta", List.of(""), "atl_token", List.of(TOKEN))));

        assertTrue(saved instanceof PageAnswer.Redirect);
        assertAnsweredBy("OPS-12", "tina");
    }

    @Test
    public void theRestResource_answersTheIssuesRequest() {
        ask("OPS-7");

        int status = new IssueResource(technician, world.directory, new CheckOvercommit(world.directory, world.snapshots),
                updateEta, world.snapshots, new InformedOfIssue(new InMemoryCommitmentStore())).setEta("OPS-7",
                "{\"eta\": \"2026-03-16\", \"reason\": null, \"expectedCurrentEta\": null}", null).getStatus();

        assertEquals(200, status);
        assertAnsweredBy("OPS-7", "tina");
    }

    @Test
    public void theInbox_answersTheIssuesRequest() {
        ask("OPS-9");

        PageAnswer page = new InboxRequests(technician, world.directory, world.snapshots, world.work, requests,
                etaHistoryStore, updateEta, world.clock).post(post(InboxLinks.INBOX_PATH + "platform",
                Map.of("issue", List.of("OPS-9"), "eta", List.of("2026-03-16"), "reason", List.of(""),
                        "expectedEta", List.of(""), "atl_token", List.of(TOKEN))));

        assertEquals(200, ((PageAnswer.Page) page).status());
        assertAnsweredBy("OPS-9", "tina");
    }

    @Test
    public void anEditOfTheEtaFieldOnJirasScreen_answersTheIssuesRequest() {
        ask("OPS-12");
        com.atlassian.jira.issue.fields.CustomField etaField = JiraFakes.fake(
                com.atlassian.jira.issue.fields.CustomField.class, Map.of("getCustomFieldType",
                        JiraFakes.returns(new EtaFieldType(null, null, null, world.clock))));
        EtaFieldEdits edits = new EtaFieldEdits(new InMemoryEtaHistoryStore(), requests,
                JiraFakes.fake(CustomFieldManager.class, Map.of("getCustomFieldObjects",
                        JiraFakes.returns(List.of(etaField)))), world.clock);

        edits.heard(IssueKey.parse("OPS-12"), JiraFakes.fake(Issue.class, Map.of("getCustomFieldValue",
                        JiraFakes.returns(java.util.Date.from(world.clock.instant().plus(java.time.Duration.ofDays(3)))))),
                JiraFakes.fake(ApplicationUser.class, Map.of("getUsername", JiraFakes.returns("tina"))));

        assertAnsweredBy("OPS-12", "tina");
    }

    private void ask(String key) {
        WorkItem issue = world.work.workOf(WorkloadWorld.PLATFORM).stream()
                .filter(item -> item.key().toString().equals(key)).findFirst().orElseThrow();
        new AskForEta(requests, world.clock).ask(new AskFormInput("today", "ACME", "")
                .toCommand(issue, WorkloadWorld.PLATFORM, "sam"));
        assertTrue(requests.openRequestOn(issue.key()).isPresent());
    }

    private void assertAnsweredBy(String key, String author) {
        assertEquals(Optional.empty(), requests.openRequestOn(IssueKey.parse(key)));
        EtaRequest answered = requests.answeredRequestsOf(WorkloadWorld.PLATFORM, Instant.EPOCH).get(0);
        assertEquals(IssueKey.parse(key), answered.issue());
        assertEquals(author, answered.answeredBy().orElseThrow());
    }

    private static PageRequest post(String path, Map<String, List<String>> parameters) {
        return new PageRequest(path, parameters, Locale.ENGLISH, BASE_URL, TOKEN, true);
    }
}
