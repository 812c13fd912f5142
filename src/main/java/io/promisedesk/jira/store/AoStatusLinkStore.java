package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.common.Require;
import io.promisedesk.statuslink.Revocation;
import io.promisedesk.statuslink.StatusLink;
import io.promisedesk.statuslink.ScopeText;
import io.promisedesk.statuslink.StatusLinkStore;
import io.promisedesk.statuslink.TokenHash;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static io.promisedesk.jira.store.Rows.columns;

/**
 * Keeps status links in Active Objects, a row per link. A view or revocation replaces the row only where it still
 * holds the revision read, and reads again when another node changed it first, so no view is lost.
 */
public final class AoStatusLinkStore implements StatusLinkStore {
    private static final String BY_HASH = StatusLinkEntity.TOKEN_HASH + " = ?";
    /** Enough for a burst of simultaneous views of one link; each lost attempt means another writer succeeded. */
    private static final int MAX_ATTEMPTS = 8;

    private final ActiveObjects ao;

    public AoStatusLinkStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void add(StatusLink link) {
        Require.present(link, "link");
        ao.executeInTransaction(() -> {
            if (!Rows.where(ao, StatusLinkEntity.class, BY_HASH, link.hash().hex()).isEmpty()) {
                throw new IllegalStateException("a status link with this hash exists already");
            }
            ao.create(StatusLinkEntity.class, row(link, 1));
            return null;
        });
    }

    @Override
    public Optional<StatusLink> find(TokenHash hash) {
        Require.present(hash, "hash");
        return ao.executeInTransaction(() -> row(hash).map(AoStatusLinkStore::link));
    }

    @Override
    public List<StatusLink> all() {
        return ao.executeInTransaction(() -> Rows.all(ao, StatusLinkEntity.class).stream()
                .map(AoStatusLinkStore::link)
                .sorted(Comparator.comparing(StatusLink::created))
                .toList());
    }

    @Override
    public boolean revoke(TokenHash hash, String by, Instant at) {
        Require.notBlank(by, "by", Require.USER_NAME_LENGTH);
        Require.present(at, "at");
        return change(hash, link -> link.revocation().isPresent() ? null : link.revoked(by, at));
    }

    @Override
    public void recordView(TokenHash hash, Instant at) {
        Require.present(at, "at");
        change(hash, link -> link.viewed(at));
    }

    /**
     * Replaces the link with what {@code next} makes of it (null: leave it); true when it was replaced. Retried while
     * another writer replaces the same row between this one's read and write.
     */
    private boolean change(TokenHash hash, UnaryOperator<StatusLink> next) {
        Require.present(hash, "hash");
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(() -> {
                    Optional<StatusLinkEntity> found = row(hash);
                    if (found.isEmpty()) {
                        return false;
                    }
                    StatusLink changed = next.apply(link(found.get()));
                    if (changed == null) {
                        return false;
                    }
                    int revision = found.get().getRevision();
                    if (ao.deleteWithSQL(StatusLinkEntity.class, BY_HASH + " AND " + StatusLinkEntity.REVISION + " = ?",
                            hash.hex(), revision) != 1) {
                        throw new ConcurrentWrite();
                    }
                    ao.create(StatusLinkEntity.class, row(changed, revision + 1));
                    return true;
                });
            } catch (ConcurrentWrite lost) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("the status link kept changing under " + MAX_ATTEMPTS + " writes");
                }
            }
        }
    }

    private Optional<StatusLinkEntity> row(TokenHash hash) {
        return Rows.where(ao, StatusLinkEntity.class, BY_HASH, hash.hex()).stream().findFirst();
    }

    private static Map<String, Object> row(StatusLink link, int revision) {
        ScopeText scope = ScopeText.of(link.scope());
        return columns(
                StatusLinkEntity.TOKEN_HASH, link.hash().hex(),
                StatusLinkEntity.REVISION, revision,
                StatusLinkEntity.CREATOR, link.creator(),
                StatusLinkEntity.SCOPE_KIND, scope.kind(),
                StatusLinkEntity.SCOPE_VALUE, scope.value(),
                StatusLinkEntity.INCLUDES_REASONS, link.includesReasons(),
                StatusLinkEntity.CREATED_AT, link.created().toString(),
                StatusLinkEntity.EXPIRES_AT, link.expires().toString(),
                StatusLinkEntity.REVOKED_AT, link.revocation().map(revoked -> revoked.at().toString()).orElse(null),
                StatusLinkEntity.REVOKED_BY, link.revocation().map(Revocation::by).orElse(null),
                StatusLinkEntity.LAST_VIEWED_AT, Rows.text(link.lastViewed()),
                StatusLinkEntity.VIEW_COUNT, link.views());
    }

    private static StatusLink link(StatusLinkEntity row) {
        Optional<Revocation> revocation = Rows.optional(row.getRevokedAt())
                .map(at -> new Revocation(row.getRevokedBy(), Rows.instant(at)));
        return new StatusLink(new TokenHash(row.getTokenHash()), row.getCreator(),
                new ScopeText(row.getScopeKind(), row.getScopeValue()).scope(), row.getIncludesReasons(),
                Rows.instant(row.getCreatedAt()),
                Rows.instant(row.getExpiresAt()), revocation, Rows.optional(row.getLastViewedAt()).map(Rows::instant),
                row.getViewCount());
    }
}
