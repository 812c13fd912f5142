package io.promisedesk.admin;

import io.promisedesk.common.Decimal;
import io.promisedesk.common.Require;
import io.promisedesk.health.HealthReport;
import io.promisedesk.health.Verdict;
import io.promisedesk.inbox.MedianWaits;
import io.promisedesk.inbox.view.WaitWords;
import io.promisedesk.language.LevelNames;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.settings.TeamSettings;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.LoadRatio;
import io.promisedesk.workload.VisibleAssessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the context of {@code templates/admin/teams.vm}: every configured team with a live preview of its current
 * load (members, weekly capacity, worst level, highest load, committed issues per level), how long sales waited for
 * its ETA answers lately, the admin's links, and a banner while the health check finds a problem.
 */
public final class TeamListView {
    public static final String TEMPLATE = "templates/admin/teams.vm";

    private final AdminLinks links;

    public TeamListView(String baseUrl) {
        this.links = new AdminLinks(baseUrl);
    }

    /**
     * {@code assessments}: each team's current snapshot as the reader may see it, missing for a team not assessed
     * (yet); {@code medianWaits}: each team's median wait over the last {@link MedianWaits#WINDOW} for the requests
     * the reader may see, missing for a team that answered none in it; {@code notice}: what the last action did, e.g.
     * "Team saved"; {@code health}: what the health check knows now (a red line shows the banner). The level and the
     * highest load are the whole team's; the committed issues per level are the reader's.
     */
    public Map<String, Object> context(List<TeamSettings> teams, Map<TeamKey, VisibleAssessment> assessments,
                                       Map<TeamKey, Duration> medianWaits, Optional<Message> notice, HealthReport health,
                                       Locale locale) {
        Require.present(teams, "teams");
        Require.present(assessments, "assessments");
        Require.present(medianWaits, "medianWaits");
        Require.present(notice, "notice");
        Require.present(health, "health");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = AdminContext.common(texts, links);
        context.put("heading", texts.render("promisedesk.admin.teams.heading"));
        context.put("hasNotice", notice.isPresent());
        context.put("notice", notice.map(texts::render).orElse(""));
        boolean unhealthy = health.verdict() == Verdict.RED;
        context.put("hasHealthProblem", unhealthy);
        context.put("healthProblem", unhealthy ? texts.render("promisedesk.admin.teams.health.problem",
                health.count(Verdict.RED)) : "");
        context.put("healthHref", links.health());
        context.put("healthLink", texts.render("promisedesk.admin.teams.health.open"));
        context.put("createHref", links.newTeam());
        context.put("createText", texts.render("promisedesk.admin.teams.create"));
        context.put("caption", texts.render("promisedesk.admin.teams.caption"));
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : List.of("team", "members", "capacity", "level", "peak", "ok", "warning", "overcommitted",
                "actions")) {
            columns.put(column, texts.render("promisedesk.admin.teams.column." + column));
        }
        columns.put("wait", texts.render("promisedesk.admin.teams.column.wait", MedianWaits.WINDOW.toDays()));
        context.put("columns", columns);
        context.put("hasTeams", !teams.isEmpty());
        context.put("noTeams", texts.render("promisedesk.admin.teams.none"));
        List<Map<String, Object>> rows = new ArrayList<>();
        teams.stream().sorted(Comparator.comparing((TeamSettings each) -> each.team().name().toLowerCase(Locale.ROOT))
                        .thenComparing(each -> each.key().value()))
                .forEach(settings -> rows.add(row(settings, Optional.ofNullable(assessments.get(settings.key())),
                        Optional.ofNullable(medianWaits.get(settings.key())), texts)));
        context.put("teams", rows);
        return context;
    }

    private Map<String, Object> row(TeamSettings settings, Optional<VisibleAssessment> assessment,
                                    Optional<Duration> medianWait, MessageRenderer texts) {
        Team team = settings.team();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", team.key().value());
        row.put("name", team.name());
        row.put("members", String.valueOf(team.members().size()));
        row.put("capacity", texts.render("promisedesk.admin.teams.capacity", weeklyCapacity(team)));
        row.put("assessed", assessment.isPresent());
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0);
        }
        assessment.ifPresent(found -> found.verdicts().forEach(verdict -> counts.merge(verdict.level(), 1, Integer::sum)));
        Level level = assessment.map(VisibleAssessment::level).orElse(Level.OK);
        row.put("levelClass", level.name().toLowerCase(Locale.ROOT));
        row.put("level", assessment.isPresent() ? texts.render(LevelNames.of(level))
                : texts.render("promisedesk.admin.teams.notAssessed"));
        row.put("peak", assessment.flatMap(VisibleAssessment::highestLoad).map(load -> percent(load, texts))
                .orElseGet(() -> texts.render("promisedesk.admin.teams.peak.none")));
        row.put("ok", String.valueOf(counts.get(Level.OK)));
        row.put("warning", String.valueOf(counts.get(Level.WARNING)));
        row.put("overcommitted", String.valueOf(counts.get(Level.OVERCOMMITTED)));
        row.put("wait", medianWait.map(wait -> WaitWords.of(wait, texts.locale()))
                .orElseGet(() -> texts.render("promisedesk.admin.teams.wait.none")));
        row.put("editHref", links.team(team.key()));
        row.put("editText", texts.render("promisedesk.admin.teams.edit", team.name()));
        row.put("deleteHref", links.deleteTeam(team.key()));
        row.put("deleteText", texts.render("promisedesk.admin.teams.delete", team.name()));
        row.put("previewHref", links.preview(team.key()));
        row.put("previewText", texts.render("promisedesk.admin.teams.preview", team.name()));
        return row;
    }

    /** The notice after a team was saved. */
    public static Message saved(String teamName) {
        return Message.of("promisedesk.admin.notice.saved", teamName);
    }

    /** The notice after a team's settings were deleted. */
    public static Message deleted(String teamName) {
        return Message.of("promisedesk.admin.notice.deleted", teamName);
    }

    /** The notice when the team asked for is not configured (any more). */
    public static Message missing() {
        return Message.of("promisedesk.admin.notice.missing");
    }

    /** The hours a week the team plans with: every member's weekly hours times the focus factor. */
    static BigDecimal weeklyCapacity(Team team) {
        long millis = team.members().stream().map(Member::weeklyHours).mapToLong(hours -> hours.millis()).sum();
        return Decimal.fromMilli(millis).multiply(team.focusFactor().toBigDecimal())
                .setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Rounded down to a tenth of a percent, as the panel shows loads, so a load shown at a threshold has reached it. */
    static String percent(LoadRatio load, MessageRenderer texts) {
        if (load.isInfinite()) {
            return texts.render("promisedesk.admin.teams.peak.noCapacity");
        }
        BigDecimal ratio = load.capacity() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(load.work()).divide(BigDecimal.valueOf(load.capacity()), 3, RoundingMode.FLOOR);
        return texts.render("promisedesk.admin.teams.peak.percent", ratio.movePointRight(2).setScale(1, RoundingMode.UNNECESSARY));
    }
}
