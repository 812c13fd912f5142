package io.promisedesk.scenario;

import io.promisedesk.commitment.Commitment;
import io.promisedesk.commitment.Customer;
import io.promisedesk.common.Hours;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.team.FocusFactor;
import io.promisedesk.team.Member;
import io.promisedesk.team.Team;
import io.promisedesk.team.TeamKey;
import io.promisedesk.team.Thresholds;
import io.promisedesk.team.WorkingWeek;
import io.promisedesk.work.IssueKey;
import io.promisedesk.work.StatusCategory;
import io.promisedesk.work.WorkItem;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a scenario file ({@code shared/design/scenario.md}) into engine values, collecting every problem with
 * its JSON path instead of stopping at the first, so that one run tells the author everything to fix.
 */
public final class ScenarioReader {
    private final List<String> problems = new ArrayList<>();
    private final Map<TeamKey, String> teamPaths = new HashMap<>();
    private final Map<IssueKey, String> issuePaths = new HashMap<>();

    private ScenarioReader() {
    }

    /** Reads a scenario; throws {@link ScenarioException} listing every problem when it is not valid. */
    public static Scenario read(String json) {
        Object document;
        try {
            document = JsonParser.parse(json);
        } catch (JsonParser.JsonSyntaxException malformed) {
            throw new ScenarioException(List.of(malformed.path() + ": not valid JSON at " + malformed.getMessage()));
        }
        return new ScenarioReader().scenario(document);
    }

    private Scenario scenario(Object document) {
        Map<String, Object> root = object(document, "$");
        if (root == null) {
            throw new ScenarioException(problems);
        }
        LocalDate today = date(root, "", "today", true);
        List<Team> teams = new ArrayList<>();
        List<Object> teamValues = array(root, "", "teams", true);
        for (int i = 0; i < teamValues.size(); i++) {
            Team team = team(teamValues.get(i), "teams[" + i + "]");
            if (team != null) {
                teams.add(team);
            }
        }
        Map<TeamKey, List<WorkItem>> issues = new LinkedHashMap<>();
        List<Object> issueValues = array(root, "", "issues", true);
        for (int i = 0; i < issueValues.size(); i++) {
            issue(issueValues.get(i), "issues[" + i + "]", issues);
        }
        List<Scenario.PromiseQuestion> promises = new ArrayList<>();
        List<Object> promiseValues = array(root, "", "promises", false);
        for (int i = 0; i < promiseValues.size(); i++) {
            Scenario.PromiseQuestion promise = promise(promiseValues.get(i), "promises[" + i + "]", today);
            if (promise != null) {
                promises.add(promise);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Scenario(today, teams, issues, promises);
    }

    private Team team(Object value, String path) {
        Map<String, Object> fields = object(value, path);
        if (fields == null) {
            return null;
        }
        int problemsBefore = problems.size();
        TeamKey key = teamKey(fields, path);
        String name = string(fields, path, "name", true);
        ZoneId zone = zone(fields, path);
        WorkingWeek week = workingWeek(fields, path);
        Set<LocalDate> nonWorking = dates(fields, path, "nonWorkingDates");
        BigDecimal focus = number(fields, path, "focusFactor", false);
        FocusFactor focusFactor = focus == null ? null : valueAt(path + ".focusFactor", () -> FocusFactor.of(focus));
        Thresholds thresholds = thresholds(fields, path);
        BigDecimal estimate = number(fields, path, "defaultEstimateHours", false);
        Hours defaultEstimate = estimate == null ? null : valueAt(path + ".defaultEstimateHours", () -> Hours.of(estimate));
        List<Member> members = new ArrayList<>();
        List<Object> memberValues = array(fields, path, "members", true);
        for (int i = 0; i < memberValues.size(); i++) {
            Member member = member(memberValues.get(i), path + ".members[" + i + "]");
            if (member != null) {
                members.add(member);
            }
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        return fieldOf(path, () -> new Team(key, name, zone, week, nonWorking, focusFactor, thresholds,
                defaultEstimate, members));
    }

    private TeamKey teamKey(Map<String, Object> fields, String path) {
        String text = string(fields, path, "key", true);
        if (text == null) {
            return null;
        }
        TeamKey key = valueAt(path + ".key", () -> new TeamKey(text));
        if (key != null) {
            String earlier = teamPaths.putIfAbsent(key, path);
            if (earlier != null) {
                problem(path + ".key", "must be unique, \"" + key + "\" is also the key of " + earlier);
            }
        }
        return key;
    }

    private ZoneId zone(Map<String, Object> fields, String path) {
        String text = string(fields, path, "timeZone", false);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException unknown) {
            problem(path + ".timeZone", "must be a time zone such as Europe/Amsterdam or UTC, was " + quote(text));
            return null;
        }
    }

    private WorkingWeek workingWeek(Map<String, Object> fields, String path) {
        if (!(fields.get("workingDays") instanceof List)) {
            array(fields, path, "workingDays", true);
            return null;
        }
        List<Object> values = array(fields, path, "workingDays", true);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < values.size(); i++) {
            String dayPath = path + ".workingDays[" + i + "]";
            if (!(values.get(i) instanceof String text)) {
                problem(dayPath, "must be a weekday such as MONDAY, was " + describe(values.get(i)));
                continue;
            }
            try {
                days.add(DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problem(dayPath, "must be a weekday such as MONDAY, was " + quote(text));
            }
        }
        return valueAt(path + ".workingDays", () -> new WorkingWeek(days));
    }

    private Thresholds thresholds(Map<String, Object> fields, String path) {
        int problemsBefore = problems.size();
        BigDecimal warn = number(fields, path, "warn", false);
        BigDecimal critical = number(fields, path, "critical", false);
        if (problems.size() > problemsBefore) {
            return null;
        }
        BigDecimal warnOrDefault = warn == null ? Thresholds.DEFAULT.warn() : warn;
        BigDecimal criticalOrDefault = critical == null ? Thresholds.DEFAULT.critical() : critical;
        return fieldOf(path, () -> Thresholds.of(warnOrDefault, criticalOrDefault));
    }

    private Member member(Object value, String path) {
        Map<String, Object> fields = object(value, path);
        if (fields == null) {
            return null;
        }
        String user = string(fields, path, "user", true);
        BigDecimal weekly = number(fields, path, "weeklyHours", true);
        Set<LocalDate> absences = dates(fields, path, "absences");
        if (user == null || weekly == null) {
            return null;
        }
        Hours weeklyHours = valueAt(path + ".weeklyHours", () -> Hours.of(weekly));
        if (weeklyHours == null) {
            return null;
        }
        return fieldOf(path, () -> new Member(user, weeklyHours, absences));
    }

    private void issue(Object value, String path, Map<TeamKey, List<WorkItem>> issues) {
        Map<String, Object> fields = object(value, path);
        if (fields == null) {
            return;
        }
        int problemsBefore = problems.size();
        IssueKey key = issueKey(fields, path);
        TeamKey team = knownTeam(fields, path);
        String summary = string(fields, path, "summary", true);
        String status = string(fields, path, "status", true);
        String categoryText = string(fields, path, "statusCategory", true);
        StatusCategory category = categoryText == null ? null
                : valueAt(path + ".statusCategory", () -> StatusCategory.fromJiraKey(categoryText));
        String priority = string(fields, path, "priority", false);
        String assignee = string(fields, path, "assignee", false);
        BigDecimal remainingValue = number(fields, path, "remainingHours", false);
        Hours remaining = remainingValue == null ? null
                : valueAt(path + ".remainingHours", () -> Hours.of(remainingValue));
        LocalDate commitmentDate = date(fields, path, "commitment", false);
        String customerName = string(fields, path, "customer", false);
        Customer customer = customerName == null ? null : valueAt(path + ".customer", () -> new Customer(customerName));
        LocalDate eta = date(fields, path, "eta", false);
        if (problems.size() > problemsBefore) {
            return;
        }
        WorkItem item = WorkItem.builder(key, category)
                .summary(summary)
                .status(status)
                .priority(priority)
                .assignee(assignee)
                .remaining(remaining)
                .commitment(commitmentDate == null ? null : new Commitment(commitmentDate, customer))
                .eta(eta)
                .build();
        issues.computeIfAbsent(team, unused -> new ArrayList<>()).add(item);
    }

    private IssueKey issueKey(Map<String, Object> fields, String path) {
        String text = string(fields, path, "key", true);
        if (text == null) {
            return null;
        }
        IssueKey key = valueAt(path + ".key", () -> IssueKey.parse(text));
        if (key != null) {
            String earlier = issuePaths.putIfAbsent(key, path);
            if (earlier != null) {
                problem(path + ".key", "must be unique, " + key + " is also the key of " + earlier);
            }
        }
        return key;
    }

    private TeamKey knownTeam(Map<String, Object> fields, String path) {
        String text = string(fields, path, "team", true);
        if (text == null) {
            return null;
        }
        TeamKey key = valueAt(path + ".team", () -> new TeamKey(text));
        if (key != null && !teamPaths.containsKey(key)) {
            problem(path + ".team", "must be the key of a team in teams, was " + quote(text));
            return null;
        }
        return key;
    }

    private Scenario.PromiseQuestion promise(Object value, String path, LocalDate today) {
        Map<String, Object> fields = object(value, path);
        if (fields == null) {
            return null;
        }
        int problemsBefore = problems.size();
        TeamKey team = knownTeam(fields, path);
        BigDecimal hoursValue = number(fields, path, "hours", true);
        Hours hours = hoursValue == null ? null : valueAt(path + ".hours", () -> Hours.of(hoursValue));
        if (hours != null && hours.isZero()) {
            problem(path + ".hours", "must be > 0, was " + hoursValue.toPlainString());
        }
        LocalDate wished = date(fields, path, "wished", true);
        if (wished != null && today != null && wished.isBefore(today)) {
            problem(path + ".wished", "must not be before today " + today + ", was " + wished);
        }
        return problems.size() > problemsBefore ? null : new Scenario.PromiseQuestion(team, hours, wished);
    }

    // Typed access to JSON values; each records a problem and answers null when the value does not fit.

    private Map<String, Object> object(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            return fields;
        }
        problem(path, "must be an object, was " + describe(value));
        return null;
    }

    private Object field(Map<String, Object> fields, String path, String name, boolean required) {
        Object value = fields.get(name);
        if (value == null) {
            if (required) {
                problem(join(path, name), "is required");
            }
            return null;
        }
        return value;
    }

    private String string(Map<String, Object> fields, String path, String name, boolean required) {
        Object value = field(fields, path, name, required);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problem(join(path, name), "must be a string, was " + describe(value));
        return null;
    }

    private BigDecimal number(Map<String, Object> fields, String path, String name, boolean required) {
        Object value = field(fields, path, name, required);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        problem(join(path, name), value instanceof OutOfRangeNumber outOfRange ? outOfRange.reason()
                : "must be a number, was " + describe(value));
        return null;
    }

    private List<Object> array(Map<String, Object> fields, String path, String name, boolean required) {
        Object value = field(fields, path, name, required);
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value != null) {
            problem(join(path, name), "must be an array, was " + describe(value));
        }
        return List.of();
    }

    private LocalDate date(Map<String, Object> fields, String path, String name, boolean required) {
        String text = string(fields, path, name, required);
        return text == null ? null : parseDate(text, join(path, name));
    }

    private Set<LocalDate> dates(Map<String, Object> fields, String path, String name) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        List<Object> values = array(fields, path, name, false);
        for (int i = 0; i < values.size(); i++) {
            String datePath = join(path, name) + "[" + i + "]";
            if (values.get(i) instanceof String text) {
                LocalDate date = parseDate(text, datePath);
                if (date != null) {
                    dates.add(date);
                }
            } else {
                problem(datePath, "must be a date such as 2026-03-02, was " + describe(values.get(i)));
            }
        }
        return dates;
    }

    private LocalDate parseDate(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            problem(path, "must be a date such as 2026-03-02, was " + quote(text));
            return null;
        }
    }

    /** Builds one value, reporting its rule breach at {@code path}. */
    private <T> T valueAt(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException invalid) {
            problem(path, invalid.reason());
            return null;
        }
    }

    /** Builds a compound value, reporting a rule breach at the field it names under {@code path}. */
    private <T> T fieldOf(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException invalid) {
            problem(join(path, invalid.field()), invalid.reason());
            return null;
        }
    }

    private void problem(String path, String reason) {
        problems.add(path + ": " + reason);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof OutOfRangeNumber outOfRange) {
            return outOfRange.shown();
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    /** In quotes, cut short when long; a character that cannot be seen (a stray no-break space) shows as its escape. */
    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + JsonParser.visibly(shown) + "\"";
    }
}
