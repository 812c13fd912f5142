package io.promisedesk.jira.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.ChangeMarks;

import java.util.Optional;
import java.util.UUID;

/**
 * Teams' change marks in a cluster-wide Atlassian cache replicated by copy: a mark is a random UUID text under the
 * team's key, which a put sends to every node, so each node reads the last mark it received from its own memory. Only
 * texts travel, never a snapshot: values of the plugin's own classes would have to be serializable and would outlive
 * the plugin in Jira's cache.
 *
 * <p>The cache has no loader: a team no node marked since the cluster started (or whose mark the cache dropped) has no
 * mark, which every node's snapshot made without one matches.
 */
public final class AtlassianChangeMarks implements ChangeMarks {
    static final String NAME = "io.promisedesk.promise-desk.team-change-marks";

    private final Cache<String, String> marks;

    public AtlassianChangeMarks(CacheManager caches) {
        this.marks = Require.present(caches, "caches").getCache(NAME, null,
                new CacheSettingsBuilder().remote().replicateViaCopy().build());
    }

    @Override
    public Optional<String> markOf(TeamKey team) {
        return Optional.ofNullable(marks.get(Require.present(team, "team").value()));
    }

    @Override
    public String touch(TeamKey team) {
        String mark = UUID.randomUUID().toString();
        marks.put(Require.present(team, "team").value(), mark);
        return mark;
    }
}
