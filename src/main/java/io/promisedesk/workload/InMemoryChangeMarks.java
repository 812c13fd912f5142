package io.promisedesk.workload;

import io.promisedesk.common.Require;
import io.promisedesk.team.TeamKey;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Marks in this JVM, for a single node, the workbench and tests (two snapshot services sharing one are two nodes). */
public final class InMemoryChangeMarks implements ChangeMarks {
    private final Map<TeamKey, String> marks = new ConcurrentHashMap<>();
    private final AtomicLong touches = new AtomicLong();

    @Override
    public Optional<String> markOf(TeamKey team) {
        return Optional.ofNullable(marks.get(Require.present(team, "team")));
    }

    @Override
    public String touch(TeamKey team) {
        String mark = Long.toString(touches.incrementAndGet());
        marks.put(Require.present(team, "team"), mark);
        return mark;
    }
}
