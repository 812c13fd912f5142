package io.promisedesk.statuslink;

import io.promisedesk.common.Require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Status links in memory, for the workbench and tests. */
public final class InMemoryStatusLinkStore implements StatusLinkStore {
    private final Map<TokenHash, StatusLink> links = new LinkedHashMap<>();

    @Override
    public synchronized void add(StatusLink link) {
        Require.present(link, "link");
        if (links.putIfAbsent(link.hash(), link) != null) {
            throw new IllegalStateException("a status link with this hash exists already");
        }
    }

    @Override
    public synchronized Optional<StatusLink> find(TokenHash hash) {
        return Optional.ofNullable(links.get(Require.present(hash, "hash")));
    }

    @Override
    public synchronized List<StatusLink> all() {
        return List.copyOf(new ArrayList<>(links.values()));
    }

    @Override
    public synchronized boolean revoke(TokenHash hash, String by, Instant at) {
        StatusLink link = links.get(Require.present(hash, "hash"));
        if (link == null || link.revocation().isPresent()) {
            return false;
        }
        links.put(hash, link.revoked(by, at));
        return true;
    }

    @Override
    public synchronized void recordView(TokenHash hash, Instant at) {
        Require.present(at, "at");
        links.computeIfPresent(Require.present(hash, "hash"), (key, link) -> link.viewed(at));
    }
}
