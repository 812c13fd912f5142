package io.promisedesk.panel;

import io.promisedesk.access.Access;
import io.promisedesk.common.Require;
import io.promisedesk.eta.EtaHistoryStore;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamDirectory;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.OvercommitOutcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who sees the overcommit panel of an issue and builds its template context, for the person {@link Access}
 * names: technicians (who may edit the issue) and admins on issues of a configured team, and on other issues only
 * admins, who get the hint to configure a team. Whoever may edit a team's issue also gets the link to its ETA form.
 * The panel names and counts only issues the reader may browse; the load figures are the whole team's.
 */
public final class ShowOvercommitPanel {
    private final CheckOvercommit overcommit;
    private final TeamDirectory directory;
    private final EtaHistoryStore etaHistory;
    private final Access access;
    private final Clock clock;
    private final boolean chartLink;

    public ShowOvercommitPanel(CheckOvercommit overcommit, TeamDirectory directory, EtaHistoryStore etaHistory,
                               Access access, Clock clock) {
        this(overcommit, directory, etaHistory, access, clock, false);
    }

    private ShowOvercommitPanel(CheckOvercommit overcommit, TeamDirectory directory, EtaHistoryStore etaHistory,
                                Access access, Clock clock, boolean chartLink) {
        this.overcommit = Require.present(overcommit, "overcommit");
        this.directory = Require.present(directory, "directory");
        this.etaHistory = Require.present(etaHistory, "etaHistory");
        this.access = Require.present(access, "access");
        this.clock = Require.present(clock, "clock");
        this.chartLink = chartLink;
    }

    /**
     * The same panel linking a committed issue to its workload chart ({@link OvercommitPanelView#withChartLink()}):
     * for a host that serves {@link OvercommitPanelView#CHART_PATH}.
     */
    public ShowOvercommitPanel withChartLink() {
        return new ShowOvercommitPanel(overcommit, directory, etaHistory, access, clock, true);
    }

    /** Whether the current person gets a panel on the issue at all; false for no issue. */
    public boolean isShownOn(Optional<IssueKey> issue) {
        Require.present(issue, "issue");
        if (issue.isEmpty()) {
            return false;
        }
        if (access.isAdministrator()) {
            return true;
        }
        return directory.teamOf(issue.get()).isPresent() && access.canEdit(issue.get());
    }

    /**
     * The context of {@link OvercommitPanelView#TEMPLATE} for the current person in {@code locale}, links under
     * Jira's {@code baseUrl}; a context that renders nothing when {@link #isShownOn} says no.
     */
    public Map<String, Object> context(Optional<IssueKey> issue, Locale locale, String baseUrl) {
        OvercommitPanelView view = chartLink ? new OvercommitPanelView(baseUrl).withChartLink()
                : new OvercommitPanelView(baseUrl);
        if (!isShownOn(issue)) {
            return view.context(new PanelSubject.NoTeam(false), locale, utcToday());
        }
        IssueKey key = issue.get();
        if (access.canEdit(key)) {
            // The ETA servlet refuses to save for anyone else; an admin who may not edit sees no dead end.
            view = view.withEtaLink(key);
        }
        Optional<Team> team = directory.teamOf(key).flatMap(directory::team);
        OvercommitOutcome outcome = overcommit.check(key, OvercommitPanelView.CONTRIBUTORS, access::canBrowse);
        PanelSubject subject = subject(outcome, team, key);
        Optional<Instant> staleSince = outcome instanceof OvercommitOutcome.Committed committed ? committed.staleSince()
                : outcome instanceof OvercommitOutcome.Uncommitted uncommitted ? uncommitted.staleSince()
                : Optional.empty();
        if (staleSince.isPresent()) {
            view = view.withStaleFor(Duration.between(staleSince.get(), clock.instant()));
        }
        // Today in the team's zone, as the panel speaks of the team's days; no team, no days to speak of.
        LocalDate today = team.map(each -> each.today(clock)).orElseGet(this::utcToday);
        return view.context(subject, locale, today);
    }

    private PanelSubject subject(OvercommitOutcome outcome, Optional<Team> team, IssueKey key) {
        if (outcome instanceof OvercommitOutcome.Uncommitted uncommitted) {
            return PanelSubject.Uncommitted.of(uncommitted.team());
        }
        // A team removed between the two reads leaves a committed outcome without its team: shown as no team.
        if (outcome instanceof OvercommitOutcome.Committed committed && team.isPresent()) {
            return new PanelSubject.Committed(team.get(), committed.risk(), etaHistory.load(key).slipCount());
        }
        return new PanelSubject.NoTeam(access.isAdministrator());
    }

    private LocalDate utcToday() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
