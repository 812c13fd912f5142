package io.promisedesk.jira.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.SnapshotCache;
import io.promisedesk.workload.TeamAssessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Teams' snapshots in a cluster-wide Atlassian cache replicated by invalidation: each node computes its own values
 * from Jira's database and only "forget this key" travels, so nothing needs to be serializable but the key, the text
 * {@code TEAM|2026-03-10}.
 *
 * <p>The cache computes a missing value with its loader; the loader runs a computation a caller handed in, kept here
 * by key for as long as that call lasts (any waiting caller's will do: the contract makes them the same).
 * Invalidating a team removes its keys of every day that is today somewhere on earth (the day before, of and after
 * today in UTC), which every node removes, and the older keys this node still holds.
 */
public final class AtlassianSnapshotCache implements SnapshotCache {
    static final String NAME = "io.promisedesk.promise-desk.team-snapshots";
    private static final char SEPARATOR = '|';

    private final Cache<String, TeamAssessment> cache;
    private final Clock clock;
    /** The computations of the calls under way, by key: each call adds its own and takes it away when it returns. */
    private final Map<String, List<Supplier<TeamAssessment>>> computations = new ConcurrentHashMap<>();
    /** Counts this node's invalidations, so that a value computed across one of them is not kept here. */
    private final AtomicLong invalidations = new AtomicLong();

    public AtlassianSnapshotCache(CacheManager caches, Clock clock) {
        Require.present(caches, "caches");
        this.clock = Require.present(clock, "clock");
        this.cache = caches.getCache(NAME, this::load,
                new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
    }

    @Override
    public TeamAssessment get(TeamKey team, LocalDate today, Supplier<TeamAssessment> compute) {
        Require.present(team, "team");
        Require.present(today, "today");
        Require.present(compute, "compute");
        String key = key(team, today);
        long before = invalidations.get();
        computations.compute(key, (ignored, waiting) -> with(waiting, compute));
        try {
            return cache.get(key);
        } finally {
            computations.computeIfPresent(key, (ignored, waiting) -> without(waiting, compute));
            if (invalidations.get() != before) {
                // Invalidated here while this call ran: its answer may be older than the invalidation, so it is not kept.
                cache.remove(key);
            }
        }
    }

    private TeamAssessment load(String key) {
        List<Supplier<TeamAssessment>> waiting = computations.get(key);
        if (waiting == null) {
            throw new IllegalStateException("no computation waits for the snapshot " + key);
        }
        return waiting.get(0).get();
    }

    private static List<Supplier<TeamAssessment>> with(List<Supplier<TeamAssessment>> waiting,
                                                       Supplier<TeamAssessment> compute) {
        List<Supplier<TeamAssessment>> more = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
        more.add(compute);
        return List.copyOf(more);
    }

    /** Null, which removes the entry, once no call waits for the key any more. */
    private static List<Supplier<TeamAssessment>> without(List<Supplier<TeamAssessment>> waiting,
                                                          Supplier<TeamAssessment> compute) {
        List<Supplier<TeamAssessment>> fewer = new ArrayList<>(waiting);
        fewer.remove(compute);
        return fewer.isEmpty() ? null : List.copyOf(fewer);
    }

    @Override
    public void invalidate(TeamKey team) {
        Require.present(team, "team");
        invalidations.incrementAndGet();
        LocalDate utcToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (LocalDate day = utcToday.minusDays(1); !day.isAfter(utcToday.plusDays(1)); day = day.plusDays(1)) {
            cache.remove(key(team, day));
        }
        String prefix = team.value() + SEPARATOR;
        cache.getKeys().stream().filter(key -> key.startsWith(prefix)).forEach(cache::remove);
    }

    @Override
    public void invalidateAll() {
        invalidations.incrementAndGet();
        cache.removeAll();
    }

    static String key(TeamKey team, LocalDate day) {
        return team.value() + SEPARATOR + day;
    }
}
