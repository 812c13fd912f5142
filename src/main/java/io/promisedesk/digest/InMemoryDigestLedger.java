package io.promisedesk.digest;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Keeps digest marks in memory, for tests and the local workbench; safe to share between threads. */
public final class InMemoryDigestLedger implements DigestLedger {
    private final Object lock = new Object();
    private final Map<String, Instant> marks = new TreeMap<>();

    @Override
    public Optional<DigestMark> markOf(String user) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        synchronized (lock) {
            return Optional.ofNullable(marks.get(user)).map(at -> new DigestMark(user, at));
        }
    }

    @Override
    public List<DigestMark> marks() {
        synchronized (lock) {
            return marks.entrySet().stream().map(mark -> new DigestMark(mark.getKey(), mark.getValue())).toList();
        }
    }

    @Override
    public boolean move(String user, Optional<Instant> expected, Instant coveredUpTo) {
        Require.notBlank(user, "user", Require.USER_NAME_LENGTH);
        Require.present(expected, "expected");
        Require.present(coveredUpTo, "coveredUpTo");
        synchronized (lock) {
            if (!Optional.ofNullable(marks.get(user)).equals(expected)) {
                return false;
            }
            marks.put(user, coveredUpTo);
            return true;
        }
    }
}
