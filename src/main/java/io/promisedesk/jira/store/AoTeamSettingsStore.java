package io.promisedesk.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisedesk.common.Hours;
import io.promisedesk.common.Require;
import io.promisedesk.settings.StoreOutcome;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.settings.TeamSettingsStore;
import io.promisedesk.settings.Versioned;
import io.promisedesk.team.FocusFactor;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.team.Thresholds;
import io.promisedesk.team.WorkingWeek;

import net.java.ao.Entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.promisedesk.jira.store.Rows.columns;
import static java.util.stream.Collectors.groupingBy;

/**
 * Keeps configured teams in Active Objects: a {@link TeamEntity} row with the version, and rows for members,
 * absences, non-working dates and projects by the team's key. Every write is one transaction that first deletes the
 * team row of the version it read; when that deletes nothing, another admin saved first and nothing is written.
 */
public final class AoTeamSettingsStore implements TeamSettingsStore {
    private static final String BY_KEY = TeamEntity.TEAM_KEY + " = ?";
    private static final String BY_KEY_AND_VERSION = BY_KEY + " AND " + TeamEntity.SETTINGS_VERSION + " = ?";
    /** Each a team's rows by its key; deleting a team deletes exactly these, never issue data. */
    private static final List<Class<? extends Entity>> TEAM_ROWS = List.of(TeamMemberEntity.class,
            TeamAbsenceEntity.class, TeamDayOffEntity.class, TeamProjectEntity.class);

    private final ActiveObjects ao;

    public AoTeamSettingsStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<Versioned<TeamSettings>> all() {
        return ao.executeInTransaction(
                () -> Rows.consistently(this::readAll, () -> versions(Rows.all(ao, TeamEntity.class))));
    }

    private List<Versioned<TeamSettings>> readAll() {
        Map<String, List<TeamMemberEntity>> members = byTeam(Rows.all(ao, TeamMemberEntity.class),
                TeamMemberEntity::getTeamKey);
        Map<String, List<TeamAbsenceEntity>> absences = byTeam(Rows.all(ao, TeamAbsenceEntity.class),
                TeamAbsenceEntity::getTeamKey);
        Map<String, List<TeamDayOffEntity>> daysOff = byTeam(Rows.all(ao, TeamDayOffEntity.class),
                TeamDayOffEntity::getTeamKey);
        Map<String, List<TeamProjectEntity>> projects = byTeam(Rows.all(ao, TeamProjectEntity.class),
                TeamProjectEntity::getTeamKey);
        return Rows.all(ao, TeamEntity.class).stream()
                .map(team -> settings(team, members.getOrDefault(team.getTeamKey(), List.of()),
                        absences.getOrDefault(team.getTeamKey(), List.of()),
                        daysOff.getOrDefault(team.getTeamKey(), List.of()),
                        projects.getOrDefault(team.getTeamKey(), List.of())))
                .toList();
    }

    @Override
    public Optional<Versioned<TeamSettings>> find(TeamKey key) {
        Require.present(key, "key");
        return ao.executeInTransaction(() -> stored(key));
    }

    @Override
    public StoreOutcome<TeamSettings> create(TeamSettings settings) {
        Require.present(settings, "settings");
        try {
            return ao.executeInTransaction(() -> {
                Optional<Versioned<TeamSettings>> stored = stored(settings.key());
                if (stored.isPresent()) {
                    return new StoreOutcome.Conflict<>(stored.get());
                }
                insert(settings, 1);
                return new StoreOutcome.Done<>(new Versioned<>(settings, 1));
            });
        } catch (RuntimeException failure) {
            // The unique team key refused a second admin creating the same team at the same moment.
            return find(settings.key()).<StoreOutcome<TeamSettings>>map(StoreOutcome.Conflict::new)
                    .orElseThrow(() -> failure);
        }
    }

    @Override
    public StoreOutcome<TeamSettings> update(TeamSettings settings, long expectedVersion) {
        Require.present(settings, "settings");
        return write(settings.key(), expectedVersion, () -> {
            insert(settings, expectedVersion + 1);
            return new Versioned<>(settings, expectedVersion + 1);
        });
    }

    @Override
    public StoreOutcome<TeamSettings> delete(TeamKey key, long expectedVersion) {
        Require.present(key, "key");
        return write(key, expectedVersion, null);
    }

    /**
     * Removes the team saved as {@code expectedVersion} with its rows, then stores what {@code replacement} writes;
     * a delete has none and reports what it deleted.
     */
    private StoreOutcome<TeamSettings> write(TeamKey key, long expectedVersion,
                                             Supplier<Versioned<TeamSettings>> replacement) {
        try {
            return ao.executeInTransaction(() -> {
                Optional<Versioned<TeamSettings>> stored = stored(key);
                if (stored.isEmpty()) {
                    return new StoreOutcome.Missing<>();
                }
                if (stored.get().version() != expectedVersion) {
                    return new StoreOutcome.Conflict<>(stored.get());
                }
                if (ao.deleteWithSQL(TeamEntity.class, BY_KEY_AND_VERSION, key.value(), expectedVersion) != 1) {
                    throw new ConcurrentWrite();
                }
                for (Class<? extends Entity> rows : TEAM_ROWS) {
                    ao.deleteWithSQL(rows, BY_KEY, key.value());
                }
                return new StoreOutcome.Done<>(replacement == null ? stored.get() : replacement.get());
            });
        } catch (ConcurrentWrite lost) {
            return find(key).<StoreOutcome<TeamSettings>>map(StoreOutcome.Conflict::new)
                    .orElseGet(StoreOutcome.Missing::new);
        }
    }

    private Optional<Versioned<TeamSettings>> stored(TeamKey key) {
        return Rows.consistently(() -> read(key),
                () -> versions(Rows.where(ao, TeamEntity.class, BY_KEY, key.value())));
    }

    private static Map<String, Long> versions(List<TeamEntity> teams) {
        return teams.stream().collect(Collectors.toMap(TeamEntity::getTeamKey, TeamEntity::getSettingsVersion));
    }

    private Optional<Versioned<TeamSettings>> read(TeamKey key) {
        return Rows.where(ao, TeamEntity.class, BY_KEY, key.value()).stream().findFirst()
                .map(team -> settings(team,
                        Rows.where(ao, TeamMemberEntity.class, BY_KEY, key.value()),
                        Rows.where(ao, TeamAbsenceEntity.class, BY_KEY, key.value()),
                        Rows.where(ao, TeamDayOffEntity.class, BY_KEY, key.value()),
                        Rows.where(ao, TeamProjectEntity.class, BY_KEY, key.value())));
    }

    private void insert(TeamSettings settings, long version) {
        Team team = settings.team();
        TeamScope scope = settings.scope();
        String key = team.key().value();
        ao.create(TeamEntity.class, columns(
                TeamEntity.TEAM_KEY, key,
                TeamEntity.SETTINGS_VERSION, version,
                TeamEntity.TEAM_NAME, team.name(),
                TeamEntity.MEMBER_GROUP, scope.memberGroup().orElse(null),
                TeamEntity.SCOPE_JQL, scope.jql().orElse(null),
                TeamEntity.ZONE_ID, team.timeZone().getId(),
                TeamEntity.WORKING_DAYS, team.workingWeek().days().stream().map(DayOfWeek::name)
                        .collect(Collectors.joining(",")),
                TeamEntity.FOCUS_MILLI, team.focusFactor().milli(),
                TeamEntity.WARN_MILLI, team.thresholds().warnMilli(),
                TeamEntity.CRITICAL_MILLI, team.thresholds().criticalMilli(),
                TeamEntity.DEFAULT_ESTIMATE_MILLI, team.defaultEstimate().millis()));
        List<Member> members = team.members();
        for (int position = 0; position < members.size(); position++) {
            Member member = members.get(position);
            ao.create(TeamMemberEntity.class, columns(
                    TeamMemberEntity.TEAM_KEY, key,
                    TeamMemberEntity.LIST_POSITION, position,
                    TeamMemberEntity.USER_NAME, member.user(),
                    TeamMemberEntity.WEEKLY_MILLI, member.weeklyHours().millis()));
            for (LocalDate absence : member.absences()) {
                ao.create(TeamAbsenceEntity.class, columns(
                        TeamAbsenceEntity.TEAM_KEY, key,
                        TeamAbsenceEntity.USER_NAME, member.user(),
                        TeamAbsenceEntity.ABSENT_ON, absence.toString()));
            }
        }
        for (LocalDate dayOff : team.nonWorkingDates()) {
            ao.create(TeamDayOffEntity.class, columns(
                    TeamDayOffEntity.TEAM_KEY, key,
                    TeamDayOffEntity.DAY_OFF, dayOff.toString()));
        }
        for (String project : scope.projects()) {
            ao.create(TeamProjectEntity.class, columns(
                    TeamProjectEntity.TEAM_KEY, key,
                    TeamProjectEntity.PROJECT_KEY, project));
        }
    }

    private static Versioned<TeamSettings> settings(TeamEntity row, List<TeamMemberEntity> memberRows,
                                                    List<TeamAbsenceEntity> absenceRows,
                                                    List<TeamDayOffEntity> dayOffRows,
                                                    List<TeamProjectEntity> projectRows) {
        Map<String, Set<LocalDate>> absences = absenceRows.stream().collect(groupingBy(
                TeamAbsenceEntity::getUserName,
                Collectors.mapping(absence -> LocalDate.parse(absence.getAbsentOn()), Collectors.toSet())));
        List<Member> members = memberRows.stream()
                .sorted(Comparator.comparingInt(TeamMemberEntity::getListPosition))
                .map(member -> new Member(member.getUserName(), new Hours(member.getWeeklyMilli()),
                        absences.getOrDefault(member.getUserName(), Set.of())))
                .toList();
        Set<DayOfWeek> workingDays = Arrays.stream(row.getWorkingDays().split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toSet());
        Team team = new Team(new TeamKey(row.getTeamKey()), row.getTeamName(), ZoneId.of(row.getZoneId()),
                new WorkingWeek(workingDays),
                dayOffRows.stream().map(dayOff -> LocalDate.parse(dayOff.getDayOff())).collect(Collectors.toSet()),
                new FocusFactor(row.getFocusMilli()), new Thresholds(row.getWarnMilli(), row.getCriticalMilli()),
                new Hours(row.getDefaultEstimateMilli()), members);
        TeamScope scope = new TeamScope(Rows.optional(row.getMemberGroup()),
                projectRows.stream().map(TeamProjectEntity::getProjectKey).collect(Collectors.toSet()),
                Rows.optional(row.getScopeJql()));
        return new Versioned<>(new TeamSettings(team, scope), row.getSettingsVersion());
    }

    private static <T> Map<String, List<T>> byTeam(List<T> rows, Function<T, String> teamKey) {
        return rows.stream().collect(groupingBy(teamKey));
    }
}
