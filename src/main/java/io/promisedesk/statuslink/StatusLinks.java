package io.promisedesk.statuslink;

import io.promisedesk.access.Access;
import io.promisedesk.access.BrowsePermissions;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;
import io.promisedesk.work.IssueKey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Creates, opens and revokes read-only status links. Only the sales groups and Jira administrators create links, and
 * only to issues they may browse; every opening checks again that the creator may still browse the issue; a bad,
 * unknown, expired or revoked token opens nothing, and the caller cannot tell which.
 */
public final class StatusLinks {
    /** How long a link lives unless its creator chooses otherwise. */
    public static final int DEFAULT_DAYS = 30;
    private final StatusLinkStore store;
    private final BrowsePermissions browse;
    private final StatusLinkPolicies policies;
    private final Clock clock;
    private final SecureRandom random;

    /** Tokens come from the links' own {@link SecureRandom}, seeded by the platform. */
    public StatusLinks(StatusLinkStore store, BrowsePermissions browse, StatusLinkPolicies policies, Clock clock) {
        this.store = Require.present(store, "store");
        this.browse = Require.present(browse, "browse");
        this.policies = Require.present(policies, "policies");
        this.clock = Require.present(clock, "clock");
        this.random = new SecureRandom();
    }

    /**
     * A new link to {@code scope} by the current person of {@code who}, living {@code days} days, showing the reasons
     * of ETA changes when {@code includesReasons}; empty when that person may not create it (nobody logged in, neither
     * sales nor administrator, or a one-issue link to an issue they may not browse). A customer's review or a list
     * may be shared even when it holds no issue now: what it shows is decided, issue by issue, when it is opened.
     *
     * @throws InvalidValueException while the administrator has switched links off, and for days outside 1 to the
     *                               longest lifetime the administrator allows
     */
    public Optional<CreatedStatusLink> create(Access who, StatusLinkScope scope, int days, boolean includesReasons) {
        Require.present(who, "who");
        Require.present(scope, "scope");
        StatusLinkPolicy policy = policies.current();
        if (!policy.enabled()) {
            throw new InvalidValueException("links", "promisedesk.statusLink.error.disabled",
                    "status links are switched off by the administrator");
        }
        int longest = policy.longestLifetimeDays();
        if (days < 1 || days > longest) {
            throw new InvalidValueException("days", "promisedesk.statusLink.error.days",
                    "must be from 1 to " + longest + ", was " + days, longest);
        }
        Optional<String> creator = who.user();
        if (creator.isEmpty() || !(who.isSales() || who.isAdministrator())
                || scope instanceof StatusLinkScope.OneIssue one && !who.canBrowse(one.issue())) {
            return Optional.empty();
        }
        StatusLinkToken token = StatusLinkToken.generate(random);
        Instant now = clock.instant();
        StatusLink link = StatusLink.created(token.hash(), creator.get(), scope, includesReasons, now,
                now.plus(Duration.ofDays(days)));
        store.add(link);
        return Optional.of(new CreatedStatusLink(link, token));
    }

    /** What the administrator allows now: whether links open at all, and the longest lifetime of a new one. */
    public StatusLinkPolicy policy() {
        return policies.current();
    }

    /**
     * What {@code show} makes of the link {@code tokenText} opens now, given which issues its creator may browse now;
     * empty, and no view counted, while the administrator has switched links off, for text that is no token, an
     * unknown token, an expired or revoked link, and a one-issue link whose creator may no longer browse its issue. The view is counted only when {@code show} has
     * something to show, so a link whose issue is gone counts no view either.
     */
    public <T> Optional<T> open(String tokenText, BiFunction<StatusLink, Predicate<IssueKey>, Optional<T>> show) {
        Require.present(show, "show");
        Optional<StatusLinkToken> token = StatusLinkToken.parse(tokenText);
        if (token.isEmpty() || !policies.current().enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<StatusLink> link = store.find(token.get().hash())
                .filter(found -> found.isLive(now))
                .filter(found -> !(found.scope() instanceof StatusLinkScope.OneIssue one)
                        || browse.canBrowse(found.creator(), one.issue()));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        StatusLink viewed = link.get().viewed(now);
        String creator = viewed.creator();
        Optional<T> shown = show.apply(viewed, issue -> browse.canBrowse(creator, issue));
        if (shown.isPresent()) {
            store.recordView(viewed.hash(), now);
        }
        return shown;
    }

    /**
     * Revokes the link by the current person of {@code who}: its creator or a Jira administrator. False when there is
     * no such link, it was revoked already, or that person may not revoke it.
     */
    public boolean revoke(Access who, TokenHash hash) {
        Require.present(who, "who");
        Optional<String> user = who.user();
        Optional<StatusLink> link = store.find(Require.present(hash, "hash"));
        if (user.isEmpty() || link.isEmpty()
                || !(who.isAdministrator() || link.get().creator().equals(user.get()))) {
            return false;
        }
        return store.revoke(hash, user.get(), clock.instant());
    }

    /**
     * The live links the current person of {@code who} may see and revoke, oldest first: an administrator all,
     * anyone else their own. An expired or revoked link leaves the list, as it opens nothing any more.
     */
    public List<StatusLink> liveLinksOf(Access who) {
        Require.present(who, "who");
        Optional<String> user = who.user();
        if (user.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return store.all().stream()
                .filter(link -> link.isLive(now))
                .filter(link -> who.isAdministrator() || link.creator().equals(user.get()))
                .toList();
    }
}
