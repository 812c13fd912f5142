package io.promisedesk.panel;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Require;
import io.promisedesk.language.FreshnessNote;
import io.promisedesk.language.LevelNames;
import io.promisedesk.language.Message;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import io.promisedesk.workload.CommitmentRisk;
import io.promisedesk.workload.IssueVerdict;
import io.promisedesk.workload.Level;
import io.promisedesk.workload.LoadRatio;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what the engine knows about one issue into the context of {@code templates/panel/overcommit-view.vm}:
 * only strings, booleans, and lists and maps of those, all texts already in the reader's language.
 *
 * <p>Plain JDK values because Jira 10 blocks template calls to methods outside a velocity allowlist, and texts
 * resolved here because the template then only places them; Jira escapes each one as it is inserted.
 */
public final class OvercommitPanelView {
    /** How many of the issues that weigh most the panel lists; the adapter asks the assessment for as many. */
    public static final int CONTRIBUTORS = 5;
    public static final String TEMPLATE = "templates/panel/overcommit-view.vm";
    /** The workload chart's detail page of an issue, under Jira's base URL, followed by the issue key. */
    public static final String CHART_PATH = "/plugins/servlet/promisedesk/chart/";
    /** The ETA form and history of an issue (the plugin's ETA servlet), under Jira's base URL, followed by the key. */
    public static final String ETA_PATH = "/plugins/servlet/promisedesk/eta/";

    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;
    private final boolean chartLink;
    private final Optional<IssueKey> etaLink;
    private final Duration staleFor;

    /**
     * {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}); the
     * panel links to no workload chart, as long as nothing serves {@link #CHART_PATH}.
     */
    public OvercommitPanelView(String baseUrl) {
        this(baseUrl, false, Optional.empty(), Duration.ZERO);
    }

    private OvercommitPanelView(String baseUrl, boolean chartLink, Optional<IssueKey> etaLink, Duration staleFor) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.chartLink = chartLink;
        this.etaLink = etaLink;
        this.staleFor = staleFor;
    }

    /** The same view whose committed panel links to the issue's workload chart at {@link #CHART_PATH}. */
    public OvercommitPanelView withChartLink() {
        return new OvercommitPanelView(baseUrl, true, etaLink, staleFor);
    }

    /**
     * The same view whose panel of a team's issue, committed or not, links to {@code issue}'s ETA form and history at
     * {@link #ETA_PATH}: for a reader who may change the issue's ETA.
     */
    public OvercommitPanelView withEtaLink(IssueKey issue) {
        return new OvercommitPanelView(baseUrl, chartLink, Optional.of(Require.present(issue, "issue")), staleFor);
    }

    /**
     * The same view for team figures known to miss a change for {@code staleFor} (a change being searched in the
     * background): a panel of a team's issue says how old its figures are once that is more than
     * {@link FreshnessNote#SAID_AFTER}.
     */
    public OvercommitPanelView withStaleFor(Duration staleFor) {
        Require.present(staleFor, "staleFor");
        return new OvercommitPanelView(baseUrl, chartLink, etaLink, staleFor.isNegative() ? Duration.ZERO : staleFor);
    }

    /** The template context for {@code subject}, read in {@code locale} on {@code today} in the team's time zone. */
    public Map<String, Object> context(PanelSubject subject, Locale locale, LocalDate today) {
        Require.present(subject, "subject");
        Require.present(today, "today");
        PanelTexts texts = new PanelTexts(Require.present(locale, "locale"));
        if (subject instanceof PanelSubject.Committed committed) {
            return committed(committed, texts, today);
        }
        if (subject instanceof PanelSubject.Uncommitted uncommitted) {
            return uncommitted(uncommitted, texts, today);
        }
        return noTeam((PanelSubject.NoTeam) subject, texts);
    }

    private Map<String, Object> committed(PanelSubject.Committed subject, PanelTexts texts, LocalDate today) {
        CommitmentRisk risk = subject.risk();
        IssueVerdict verdict = risk.verdict();
        Map<String, Object> context = state(true, true, false, false);
        context.put("heading", texts.text("promisedesk.panel.heading", subject.team().name()));
        context.put("level", plain("name", texts.text(LevelNames.of(verdict.level())),
                "modifier", verdict.level().name().toLowerCase(Locale.ROOT)));
        context.put("verdict", texts.text(verdictOf(verdict.level(), verdict.commitmentDate())));
        context.put("schedule", List.of(
                row("commitment", texts.text("promisedesk.panel.label.commitment"), commitment(verdict, texts, today)),
                row("eta", texts.text("promisedesk.panel.label.eta"), eta(verdict, texts)),
                row("forecast", texts.text("promisedesk.panel.label.forecast"), forecast(verdict, texts))));
        context.put("numbers", numbers(subject, texts));
        context.put("contributorsHeading", texts.text("promisedesk.panel.contributors.heading", verdict.commitmentDate()));
        context.put("hasContributors", !risk.largestContributors().isEmpty());
        context.put("contributors", contributors(risk, texts));
        context.put("thisIssue", texts.text("promisedesk.panel.contributor.thisIssue"));
        context.put("assessedOn", texts.text("promisedesk.panel.assessedOn", today));
        context.put("hasChart", chartLink);
        if (chartLink) {
            // Issue keys are validated (PROJECT-123), so the path needs no encoding.
            context.put("chartHref", baseUrl + CHART_PATH + verdict.item().key());
            context.put("chartText", texts.text("promisedesk.panel.chart.link"));
        }
        putEtaLink(context, texts.text("promisedesk.panel.etaLink.slips", subject.etaSlips()));
        putStaleNote(context, texts);
        return Collections.unmodifiableMap(context);
    }

    private Map<String, Object> uncommitted(PanelSubject.Uncommitted subject, PanelTexts texts, LocalDate today) {
        Map<String, Object> context = state(true, false, true, false);
        context.put("heading", texts.text("promisedesk.panel.heading", subject.team().name()));
        context.put("intro", texts.text("promisedesk.panel.uncommitted.intro"));
        context.put("numbers", List.of(row("peak", texts.text("promisedesk.panel.label.peak"), peak(subject.peak(), texts))));
        context.put("assessedOn", texts.text("promisedesk.panel.assessedOn", today));
        putEtaLink(context, texts.text("promisedesk.panel.etaLink"));
        putStaleNote(context, texts);
        return Collections.unmodifiableMap(context);
    }

    private void putStaleNote(Map<String, Object> context, PanelTexts texts) {
        Optional<Message> note = FreshnessNote.of(staleFor);
        context.put("hasStaleNote", note.isPresent());
        note.ifPresent(message -> context.put("staleNote", texts.text(message)));
    }

    private void putEtaLink(Map<String, Object> context, String text) {
        context.put("hasEtaLink", etaLink.isPresent());
        // Issue keys are validated (PROJECT-123), so the path needs no encoding.
        etaLink.ifPresent(issue -> {
            context.put("etaHref", baseUrl + ETA_PATH + issue);
            context.put("etaText", text);
        });
    }

    private static Map<String, Object> noTeam(PanelSubject.NoTeam subject, PanelTexts texts) {
        Map<String, Object> context = state(subject.viewerIsAdmin(), false, false, true);
        if (subject.viewerIsAdmin()) {
            context.put("hint", texts.text("promisedesk.panel.noTeam.hint"));
        }
        return Collections.unmodifiableMap(context);
    }

    private static Map<String, Object> state(boolean visible, boolean committed, boolean uncommitted, boolean noTeam) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("visible", visible);
        context.put("committed", committed);
        context.put("uncommitted", uncommitted);
        context.put("noTeam", noTeam);
        return context;
    }

    private static Message verdictOf(Level level, LocalDate due) {
        // Spelled out per level so that the bundle test finds every key in the source.
        return switch (level) {
            case OK -> Message.of("promisedesk.panel.verdict.ok", due);
            case WARNING -> Message.of("promisedesk.panel.verdict.warning", due);
            case OVERCOMMITTED -> Message.of("promisedesk.panel.verdict.overcommitted", due);
        };
    }

    private static String commitment(IssueVerdict verdict, PanelTexts texts, LocalDate today) {
        Commitment commitment = verdict.commitment();
        Object date = commitment.date().isBefore(today)
                ? Message.of("promisedesk.panel.commitment.passed", commitment.date()) : commitment.date();
        return commitment.customerIfKnown().map(Customer::name)
                .map(customer -> texts.text("promisedesk.panel.commitment", date, customer))
                .orElseGet(() -> texts.text("promisedesk.panel.commitment.unknownCustomer", date));
    }

    private static String eta(IssueVerdict verdict, PanelTexts texts) {
        return verdict.item().eta()
                .map(eta -> texts.text("promisedesk.panel.dateAndDistance", eta,
                        distance(eta, verdict.commitmentDate(), verdict.etaVsCommitment().getAsLong())))
                .orElseGet(() -> texts.text("promisedesk.panel.eta.none"));
    }

    private static String forecast(IssueVerdict verdict, PanelTexts texts) {
        return verdict.forecast()
                .map(forecast -> texts.text("promisedesk.panel.dateAndDistance", forecast,
                        distance(forecast, verdict.commitmentDate(), verdict.forecastVsCommitment().getAsLong())))
                .orElseGet(() -> texts.text("promisedesk.panel.forecast.none"));
    }

    /**
     * Before or after follows the calendar and the number counts working days, so a Saturday after a Friday
     * commitment is "after the commitment" without a number, as in the sales sentence.
     */
    private static Message distance(LocalDate date, LocalDate commitment, long workingDays) {
        if (date.isAfter(commitment)) {
            return Message.of("promisedesk.panel.distance.after", Math.abs(workingDays));
        }
        if (date.isBefore(commitment)) {
            return Message.of("promisedesk.panel.distance.before", Math.abs(workingDays));
        }
        return Message.of("promisedesk.panel.distance.on");
    }

    private static List<Object> numbers(PanelSubject.Committed subject, PanelTexts texts) {
        IssueVerdict verdict = subject.risk().verdict();
        Team team = subject.team();
        return List.of(
                row("workDue", texts.text("promisedesk.panel.label.workDue", verdict.commitmentDate()),
                        texts.text(texts.hours(verdict.workDue()))),
                row("capacity", texts.text("promisedesk.panel.label.capacity"), texts.text(texts.hours(verdict.capacity()))),
                row("load", texts.text("promisedesk.panel.label.load"), load(verdict.load(), texts)),
                row("thresholds", texts.text("promisedesk.panel.label.thresholds"),
                        texts.text("promisedesk.panel.thresholds", texts.percent(team.thresholds().warnMilli()),
                                texts.percent(team.thresholds().criticalMilli()))),
                row("unestimated", texts.text("promisedesk.panel.label.unestimated"),
                        texts.text("promisedesk.panel.unestimated", subject.risk().unestimatedIssuesDue(),
                                texts.hours(team.defaultEstimate().toBigDecimal()))),
                row("otherAtRisk", texts.text("promisedesk.panel.label.otherAtRisk"),
                        texts.count(subject.risk().otherCommitmentsAtRisk())),
                row("etaSlips", texts.text("promisedesk.panel.label.etaSlips"), texts.count(subject.etaSlips())));
    }

    private static String load(LoadRatio load, PanelTexts texts) {
        return load.isInfinite() ? texts.text("promisedesk.panel.load.noCapacity") : texts.percent(load);
    }

    private List<Object> contributors(CommitmentRisk risk, PanelTexts texts) {
        List<Object> contributors = new ArrayList<>();
        for (IssueVerdict contributor : risk.largestContributors()) {
            String key = contributor.item().key().toString();
            Message hours = texts.hours(contributor.remaining().toBigDecimal());
            String remaining = contributor.isUnestimated()
                    ? texts.text("promisedesk.panel.contributor.unestimated", hours) : texts.text(hours);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", key);
            // Issue keys are validated (PROJECT-123), so the path needs no encoding.
            entry.put("href", baseUrl + "/browse/" + key);
            entry.put("summary", contributor.item().summary());
            entry.put("remaining", remaining);
            entry.put("current", contributor.item().key().equals(risk.verdict().item().key()));
            contributors.add(Collections.unmodifiableMap(entry));
        }
        return List.copyOf(contributors);
    }

    private static String peak(Optional<IssueVerdict> peak, PanelTexts texts) {
        if (peak.isEmpty()) {
            return texts.text("promisedesk.panel.peak.none");
        }
        IssueVerdict busiest = peak.get();
        Message level = LevelNames.of(busiest.level());
        if (busiest.load().isInfinite()) {
            return texts.text("promisedesk.panel.peak.noCapacity", busiest.commitmentDate(), level);
        }
        return texts.text("promisedesk.panel.peak", busiest.commitmentDate(), level, texts.percent(busiest.load()));
    }

    private static Map<String, Object> row(String name, String label, String value) {
        return plain("name", name, "label", label, "value", value);
    }

    private static Map<String, Object> plain(String firstKey, Object first, Object... more) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(firstKey, first);
        for (int index = 0; index < more.length; index += 2) {
            map.put((String) more[index], more[index + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
