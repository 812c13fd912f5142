package io.promisedesk.jira.rest;

import io.promisedesk.access.Access;
import io.promisedesk.commitment.InformedOfIssue;
import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.fixtures.IssueSyncingCommitmentStore;
import io.promisedesk.scenario.Json;
import io.promisedesk.scenario.Scenario;
import io.promisedesk.scenario.ScenarioReader;
import io.promisedesk.team.InMemoryTeamDirectory;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.WorkItem;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.InMemoryChangeMarks;
import io.promisedesk.workload.InMemoryWorkItemSource;
import io.promisedesk.workload.SnapshotTimes;
import io.promisedesk.workload.TeamSnapshots;

import javax.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo scenario (docs/examples/demo.json, today 2026-03-02) in the plugin's in-memory ports and services, and a
 * fake {@link Access}: a logged-in user who may browse every issue of the scenario except the hidden ones.
 */
final class RestFixture {
    final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    final InMemoryWorkItemSource work = new InMemoryWorkItemSource(directory);
    final Set<IssueKey> existing = new HashSet<>();
    final FakeAccess access = new FakeAccess();
    final TeamSnapshots snapshots;
    final CheckOvercommit overcommit;
    final CheckPromise checkPromise;
    final InMemoryEtaHistoryStore etaHistories = new InMemoryEtaHistoryStore();
    final UpdateEta updateEta;
    /** As in Jira, a saved commitment goes onto the issue, which the next request reads. */
    final IssueSyncingCommitmentStore commitments;
    final SetCommitment setCommitment;

    RestFixture() throws IOException {
        Scenario scenario = ScenarioReader.read(Files.readString(Path.of("docs", "examples", "demo.json")));
        Clock clock = Clock.fixed(scenario.today().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        for (Team team : scenario.teams()) {
            directory.put(team);
            for (WorkItem item : scenario.issuesOf(team.key())) {
                directory.assignIssue(item.key(), team.key());
                work.put(item);
                existing.add(item.key());
            }
        }
        snapshots = new TeamSnapshots(directory, work, new InMemoryChangeMarks(), clock, Runnable::run, SnapshotTimes.DEFAULT::waitWhenStaleFor);
        overcommit = new CheckOvercommit(directory, snapshots);
        checkPromise = new CheckPromise(snapshots);
        updateEta = new UpdateEta(etaHistories, clock);
        commitments = new IssueSyncingCommitmentStore(directory, work, snapshots);
        setCommitment = new SetCommitment(commitments, checkPromise, clock, () -> io.promisedesk.commitment.AllowedEmailDomains.ANY);
    }

    TeamAssessmentResource teamResource() {
        return new TeamAssessmentResource(access, snapshots);
    }

    IssueResource issueResource() {
        return new IssueResource(access, directory, overcommit, updateEta, snapshots, new InformedOfIssue(commitments));
    }

    CommitmentResource commitmentResource() {
        return new CommitmentResource(access, directory, snapshots, work, setCommitment);
    }

    PromiseCheckResource promiseResource() {
        return new PromiseCheckResource(access, directory, checkPromise);
    }

    /** The answer's body as text; our resources answer UTF-8 bytes. */
    static String text(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }

    /** The answer's JSON body as maps and lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> body(Response response) throws Json.SyntaxException {
        return (Map<String, Object>) Json.parse(text(response));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> errors(Response response) throws Json.SyntaxException {
        return (Map<String, Object>) body(response).get("errors");
    }

    /** Who asks: a user, or nobody; what they may not browse, and whether they may edit what they browse. */
    final class FakeAccess implements Access {
        Optional<String> user = Optional.of("tess");
        final Set<IssueKey> hidden = new HashSet<>();
        boolean edits = true;
        boolean sales;
        boolean administrator;

        @Override
        public Optional<String> user() {
            return user;
        }

        @Override
        public boolean canBrowse(IssueKey issue) {
            return user.isPresent() && existing.contains(issue) && !hidden.contains(issue);
        }

        @Override
        public boolean canEdit(IssueKey issue) {
            return edits && canBrowse(issue);
        }

        @Override
        public boolean isAdministrator() {
            return administrator;
        }

        @Override
        public boolean isSales() {
            return sales;
        }
    }
}
