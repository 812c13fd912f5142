package io.promisedesk.jira.servlet;

import io.promisedesk.commitment.InMemoryCommitmentStore;
import io.promisedesk.eta.InMemoryEtaHistoryStore;
import io.promisedesk.fixtures.FakeAccess;
import io.promisedesk.fixtures.WorkloadWorld;
import io.promisedesk.jira.servlet.PageRendering.DefaultSettings;
import io.promisedesk.statuslink.BadTokenThrottle;
import io.promisedesk.statuslink.InMemoryStatusLinkStore;
import io.promisedesk.statuslink.LinkedIssues;
import io.promisedesk.statuslink.StatusLinkPolicy;
import io.promisedesk.statuslink.StatusLinkScope;
import io.promisedesk.statuslink.StatusLinkToken;
import io.promisedesk.statuslink.StatusLinks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Status links over the scenario's {@link WorkloadWorld} (Monday 2 March 2026), wired as the plugin wires them, for the
 * tests of {@link StatusLinkRequests} and {@link StatusLinkServlet}: which issues each creator may browse, the
 * administrator's policy and the clock are the test's to change between requests.
 */
final class StatusLinkWorld {
    final WorkloadWorld world = new WorkloadWorld();
    final InMemoryStatusLinkStore store = new InMemoryStatusLinkStore();
    /** "user:ISSUE" for each issue a user may browse now. */
    final Set<String> browsing = new HashSet<>();
    final InMemoryCommitmentStore commitments = new InMemoryCommitmentStore();
    final InMemoryEtaHistoryStore histories = new InMemoryEtaHistoryStore();
    private StatusLinkPolicy policy = StatusLinkPolicy.DEFAULT;
    final StatusLinks links = new StatusLinks(store, (user, issue) -> browsing.contains(user + ":" + issue),
            () -> policy, world.clock);
    final StatusLinkRequests requests = new StatusLinkRequests(links,
            new LinkedIssues(world.directory, world.snapshots, world.work, commitments), histories,
            new DefaultSettings(), BadTokenThrottle.standard(world.clock));

    /** {@code browsing} as "user:ISSUE" pairs, what the creators may browse at first. */
    StatusLinkWorld(String... browsing) {
        this.browsing.addAll(Arrays.asList(browsing));
    }

    /** The administrator saves {@code changed}; the next request reads it. */
    void policy(StatusLinkPolicy changed) {
        policy = changed;
    }

    /** The path (below Jira's) of a new link {@code creator} made to {@code scope}, living the default 30 days. */
    String linkTo(FakeAccess creator, StatusLinkScope scope, boolean includesReasons) {
        return StatusLinkRequests.PATH + links.create(creator, scope, StatusLinks.DEFAULT_DAYS, includesReasons)
                .orElseThrow().token().text();
    }

    /** The token of the link at {@code path}, as the store names it. */
    static StatusLinkToken tokenOf(String path) {
        return StatusLinkToken.parse(path.substring(StatusLinkRequests.PATH.length())).orElseThrow();
    }
}
