package io.promisedesk.admin;

import io.promisedesk.chart.WorkloadChartView;
import io.promisedesk.common.Require;
import io.promisedesk.language.LevelNames;
import io.promisedesk.language.Message;
import io.promisedesk.language.MessageRenderer;
import io.promisedesk.settings.FormErrors;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.VisibleAssessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a team's assessment, and the same team under a what-if, into the context of
 * {@code templates/admin/team-preview.vm} (the what-if form and each committed issue's level now and under the
 * what-if) and of the workload chart drawn for each; both as the reader may see them, so that only issues the admin
 * may browse are listed, counted or charted.
 *
 * <p>The form is a GET: it changes nothing, so it needs no XSRF token, and its address can be shared.
 */
public final class TeamPreviewView {
    public static final String TEMPLATE = "templates/admin/team-preview.vm";
    /** How far ahead the preview's charts look. */
    public static final int WEEKS = 4;

    private final AdminLinks links;
    private final WorkloadChartView chart = new WorkloadChartView();

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public TeamPreviewView(String baseUrl) {
        this.links = new AdminLinks(baseUrl);
    }

    /** The page before any what-if: the blank form and the levels now. */
    public Map<String, Object> fresh(VisibleAssessment current, Locale locale) {
        return context(current, WhatIfForm.blank(), Optional.empty(), Optional.empty(), locale);
    }

    /** The page after a preview: the form as typed, the levels now and under the what-if. */
    public Map<String, Object> previewed(VisibleAssessment current, WhatIfForm typed, VisibleAssessment whatIf, Locale locale) {
        Require.present(whatIf, "whatIf");
        return context(current, typed, Optional.empty(), Optional.of(whatIf), locale);
    }

    /** The page after a refused preview: the form as typed with each error beside its field, the levels now. */
    public Map<String, Object> refused(VisibleAssessment current, WhatIfForm typed, FormErrors errors, Locale locale) {
        Require.present(errors, "errors");
        return context(current, typed, Optional.of(errors), Optional.empty(), locale);
    }

    /**
     * The chart's context for the workload chart template, titled and identified apart when it shows the what-if,
     * so both charts of one team can sit on one page.
     */
    public Map<String, Object> chart(VisibleAssessment assessment, boolean whatIf, Locale locale) {
        Require.present(assessment, "assessment");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Map<String, Object> context = new LinkedHashMap<>(chart.context(assessment, Optional.empty(), locale,
                assessment.today(), WEEKS));
        if (whatIf) {
            context.put("titleId", context.get("titleId") + "-whatif");
            context.put("descId", context.get("descId") + "-whatif");
            context.put("title", texts.render("promisedesk.preview.chart.whatIf", assessment.team().name(), WEEKS));
        }
        return context;
    }

    private Map<String, Object> context(VisibleAssessment current, WhatIfForm typed, Optional<FormErrors> errors,
                                        Optional<VisibleAssessment> whatIf, Locale locale) {
        Require.present(current, "current");
        Require.present(typed, "typed");
        MessageRenderer texts = new MessageRenderer(Require.present(locale, "locale"));
        Team team = current.team();
        Map<String, Object> context = AdminContext.common(texts, links);
        context.put("heading", texts.render("promisedesk.preview.heading", team.name()));
        context.put("intro", texts.render("promisedesk.preview.intro"));
        context.put("editHref", links.team(team.key()));
        context.put("editText", texts.render("promisedesk.admin.teams.edit", team.name()));
        context.put("form", form(team, typed, errors, texts));
        context.put("hasWhatIf", whatIf.isPresent());
        context.put("summary", summary(current, whatIf, texts));
        context.put("levels", levels(current, whatIf, texts));
        context.put("chartsHeading", texts.render("promisedesk.preview.charts.heading"));
        return context;
    }

    private Map<String, Object> form(Team team, WhatIfForm typed, Optional<FormErrors> errors, MessageRenderer texts) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("action", links.preview(team.key()));
        form.put("legendAbsence", texts.render("promisedesk.preview.form.absence"));
        form.put("legendHours", texts.render("promisedesk.preview.form.hours"));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String field : WhatIfForm.FIELDS) {
            labels.put(field, texts.render("promisedesk.preview.form.label." + field));
        }
        form.put("labels", labels);
        form.put("noMember", texts.render("promisedesk.preview.form.noMember"));
        form.put("absentMembers", options(team, typed.absentMember(), texts));
        form.put("hoursMembers", options(team, typed.hoursMember(), texts));
        form.put("values", Map.of(WhatIfForm.FROM, typed.from(), WhatIfForm.TO, typed.to(), WhatIfForm.HOURS, typed.hours()));
        Map<String, String> shown = new LinkedHashMap<>();
        errors.ifPresent(found -> found.byField().forEach((field, message) ->
                shown.put(WhatIfForm.FIELDS.contains(field) ? field : FormErrors.FORM, texts.render(message))));
        form.put("errors", shown);
        form.put("hasFormError", shown.containsKey(FormErrors.FORM));
        form.put("submit", texts.render("promisedesk.preview.form.submit"));
        form.put("clearHref", links.preview(team.key()));
        form.put("clearText", texts.render("promisedesk.preview.form.clear"));
        form.put("notSaved", texts.render("promisedesk.preview.form.notSaved"));
        return form;
    }

    private static List<Map<String, Object>> options(Team team, String selected, MessageRenderer texts) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Member member : team.members()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("value", member.user());
            option.put("label", texts.render("promisedesk.preview.form.member", member.user(),
                    member.weeklyHours().toBigDecimal()));
            option.put("selected", member.user().equals(selected));
            options.add(option);
        }
        return options;
    }

    private static String summary(VisibleAssessment current, Optional<VisibleAssessment> whatIf, MessageRenderer texts) {
        Message now = LevelNames.of(current.level());
        if (whatIf.isEmpty()) {
            return texts.render("promisedesk.preview.summary.now", now, current.committedIssues());
        }
        return texts.render("promisedesk.preview.summary.whatIf", now, LevelNames.of(whatIf.get().level()),
                current.issuesAtRisk(), whatIf.get().issuesAtRisk());
    }

    private Map<String, Object> levels(VisibleAssessment current, Optional<VisibleAssessment> whatIf, MessageRenderer texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IssueVerdict now : current.verdicts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            String key = now.item().key().toString();
            row.put("key", key);
            // Issue keys are validated (PROJECT-123), so the path needs no encoding.
            row.put("href", links.browse(now.item().key()));
            row.put("summary", now.item().summary());
            row.put("date", texts.format(now.commitmentDate()));
            row.put("now", cell(now, texts));
            Optional<IssueVerdict> then = whatIf.flatMap(assessment -> assessment.verdictFor(now.item().key()));
            row.put("hasWhatIf", then.isPresent());
            row.put("whatIf", then.map(verdict -> cell(verdict, texts)).orElse(Map.of()));
            row.put("change", then.map(verdict -> change(now.level(), verdict.level(), texts)).orElse(""));
            row.put("changeModifier", then.map(verdict -> direction(now.level(), verdict.level())).orElse("same"));
            rows.add(row);
        }
        Map<String, Object> levels = new LinkedHashMap<>();
        levels.put("caption", texts.render(whatIf.isPresent() ? "promisedesk.preview.levels.captionWhatIf"
                : "promisedesk.preview.levels.caption"));
        levels.put("issue", texts.render("promisedesk.preview.levels.issue"));
        levels.put("date", texts.render("promisedesk.preview.levels.date"));
        levels.put("now", texts.render("promisedesk.preview.levels.now"));
        levels.put("whatIf", texts.render("promisedesk.preview.levels.whatIf"));
        levels.put("change", texts.render("promisedesk.preview.levels.change"));
        levels.put("hasRows", !rows.isEmpty());
        levels.put("none", texts.render("promisedesk.preview.levels.none"));
        levels.put("rows", rows);
        return levels;
    }

    private static Map<String, Object> cell(IssueVerdict verdict, MessageRenderer texts) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("level", texts.render(LevelNames.of(verdict.level())));
        cell.put("modifier", verdict.level().name().toLowerCase(Locale.ROOT));
        cell.put("load", TeamListView.percent(verdict.load(), texts));
        return cell;
    }

    private static String change(Level now, Level then, MessageRenderer texts) {
        return switch (Integer.signum(then.compareTo(now))) {
            case 1 -> texts.render("promisedesk.preview.change.rises");
            case -1 -> texts.render("promisedesk.preview.change.falls");
            default -> texts.render("promisedesk.preview.change.same");
        };
    }

    private static String direction(Level now, Level then) {
        return switch (Integer.signum(then.compareTo(now))) {
            case 1 -> "rises";
            case -1 -> "falls";
            default -> "same";
        };
    }
}
