package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;

import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Keeps one snapshot per team in this JVM, for tests, the local workbench and a single node; safe to share between
 * threads, and concurrent requests for one team and day compute it once.
 */
public final class InMemorySnapshotCache implements SnapshotCache {
    private final ConcurrentMap<TeamKey, Entry> entries = new ConcurrentHashMap<>();

    /** A computation for one day, placed before it runs so that concurrent callers wait for it instead of repeating it. */
    private record Entry(LocalDate today, FutureTask<TeamAssessment> task) {
    }

    @Override
    public TeamAssessment get(TeamKey team, LocalDate today, Supplier<TeamAssessment> compute) {
        Require.present(team, "team");
        Require.present(today, "today");
        Require.present(compute, "compute");
        while (true) {
            Entry entry = entries.get(team);
            if (entry == null || !entry.today().equals(today)) {
                Entry fresh = new Entry(today, new FutureTask<>(compute::get));
                boolean placed = entry == null
                        ? entries.putIfAbsent(team, fresh) == null
                        : entries.replace(team, entry, fresh);
                if (!placed) {
                    continue;
                }
                entry = fresh;
                // Run outside any lock of the map: a slow search of one team must not hold up the others.
                entry.task().run();
            }
            try {
                return entry.task().get();
            } catch (ExecutionException failed) {
                // A failed computation is not kept: the next request tries again.
                entries.remove(team, entry);
                throw rethrow(failed.getCause());
            } catch (CancellationException cancelled) {
                entries.remove(team, entry);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the snapshot of team " + team,
                        interrupted);
            }
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("computing a snapshot failed", cause);
    }

    @Override
    public void invalidate(TeamKey team) {
        Require.present(team, "team");
        // Removing the entry also drops a computation under way: its waiting callers get it, later ones do not.
        entries.remove(team);
    }

    @Override
    public void invalidateAll() {
        entries.clear();
    }
}
