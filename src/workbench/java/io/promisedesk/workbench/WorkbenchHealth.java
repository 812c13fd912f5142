package io.promisedesk.workbench;

import io.promisedesk.access.Access;
import io.promisedesk.health.ClusterCheck;
import io.promisedesk.health.ClusterProbe;
import io.promisedesk.health.DigestJobCheck;
import io.promisedesk.health.DigestJobProbe;
import io.promisedesk.health.FieldCheck;
import io.promisedesk.health.FieldKind;
import io.promisedesk.health.FieldProbe;
import io.promisedesk.health.MailCheck;
import io.promisedesk.health.MailProbe;
import io.promisedesk.health.RunHealthChecks;
import io.promisedesk.health.StorageCheck;
import io.promisedesk.health.StorageProbe;
import io.promisedesk.health.TeamQueries;
import io.promisedesk.health.TeamSearchCheck;
import io.promisedesk.health.TemplateCheck;
import io.promisedesk.health.TemplateProbe;
import io.promisedesk.health.VersionCheck;
import io.promisedesk.health.VersionProbe;
import io.promisedesk.jira.digest.DigestJobSchedule;
import io.promisedesk.jira.search.TeamJql;
import io.promisedesk.settings.TeamScope;
import io.promisedesk.team.Team;
import io.promisedesk.work.IssueKey;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's health checks on the workbench's in-memory host, by stand-in probes that say what this host is: a
 * Jira 10.3 stand-in on one node, both field types with one global field each searched by the Date Range picker,
 * in-memory stores (read, never written: there is no database), the digest job as an hourly schedule of the world's
 * clock, no outgoing mail server (digests go to the outbox), a map as the cache, and the plugin's own templates
 * rendered with an empty context. The teams' searches run for real on the world's work, timed by the wall clock; the
 * stand-in of Jira's JQL parser only checks quotes and parentheses of the team's filter.
 */
final class WorkbenchHealth {
    static final String JIRA_VERSION = "10.3.0";
    static final String JIRA_BUILD = "workbench";
    private static final Pattern PLUGIN_VERSION = Pattern.compile("<plugin-info>.*?<version>([^<]+)</version>",
            Pattern.DOTALL);

    private WorkbenchHealth() {
    }

    /**
     * The checks on {@code world}, counting the issues {@code reader} may browse; the report's time and each check's duration are the wall clock's, since the checks
     * really run now, while the digest job's schedule and the teams' today follow the world's fixed clock.
     */
    static RunHealthChecks of(WorkbenchWorld world, Access reader) {
        Clock clock = world.clock();
        // Read once, as Jira's plugin framework keeps the descriptor it loaded.
        VersionProbe.Versions versions = new VersionProbe.Versions(pluginVersion(), JIRA_VERSION, JIRA_BUILD);
        return RunHealthChecks.of(Clock.systemUTC(),
                new VersionCheck(() -> versions),
                new FieldCheck(WorkbenchHealth::fieldType, world.settings().teams()),
                new StorageCheck(() -> stores(world)),
                new DigestJobCheck(() -> digestJob(clock), clock),
                new MailCheck(() -> new MailProbe.Mail(false, false, Optional.empty())),
                new TeamSearchCheck(world.settings().teams(), WorkbenchHealth::query, world.work(), reader, clock,
                        Clock.systemUTC()),
                new ClusterCheck(new MapCache()),
                new TemplateCheck(new EmptyContextTemplates()));
    }

    /** The version the build wrote into the packaged descriptor, as Jira's plugin framework reads it from there. */
    static Optional<String> pluginVersion() {
        try (InputStream descriptor = WorkbenchHealth.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (descriptor == null) {
                return Optional.empty();
            }
            Matcher version = PLUGIN_VERSION.matcher(new String(descriptor.readAllBytes(), StandardCharsets.UTF_8));
            return version.find() && !version.group(1).startsWith("$") ? Optional.of(version.group(1).strip())
                    : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static FieldProbe.FieldType fieldType(FieldKind kind) {
        FieldProbe.Field field = kind == FieldKind.ETA
                ? new FieldProbe.Field("customfield_10101", "ETA", true, Set.of(), Optional.of(FieldCheck.DATE_RANGE_SEARCHER))
                : new FieldProbe.Field("customfield_10100", "Sales Commitment", true, Set.of(),
                Optional.of(FieldCheck.DATE_RANGE_SEARCHER));
        return new FieldProbe.FieldType(kind, true, List.of(field));
    }

    /** Each in-memory store read for real; none written, since nothing here could roll a write back. */
    private static List<StorageProbe.Table> stores(WorkbenchWorld world) {
        IssueKey anyIssue = world.issues().isEmpty() ? IssueKey.parse("NONE-1") : world.issues().get(0).key();
        List<StorageProbe.Table> tables = new ArrayList<>();
        tables.add(read("Team settings", () -> world.settings().teams().all()));
        tables.add(read("Global settings", () -> world.settings().global().load()));
        tables.add(read("ETA histories", () -> world.etaHistories().load(anyIssue)));
        tables.add(read("ETA requests", () -> world.teams().stream().map(Team::key)
                .map(world.etaRequests()::openRequestsOf).toList()));
        tables.add(read("Commitments", () -> world.commitments().load(anyIssue)));
        tables.add(read("Digest choices", () -> world.digests().preferences().frequencyOf(Role.SALESPERSON.label())));
        return tables;
    }

    private static StorageProbe.Table read(String name, Supplier<?> read) {
        Optional<String> problem;
        try {
            read.get();
            problem = Optional.empty();
        } catch (RuntimeException failure) {
            problem = Optional.of(RunHealthChecks.summary(failure));
        }
        return new StorageProbe.Table(name, problem, StorageProbe.Write.NOT_TRIED, Optional.empty());
    }

    /** Hourly from the world's clock, as Jira's scheduler runs the job: next at the coming full hour. */
    private static DigestJobProbe.DigestJob digestJob(Clock clock) {
        Instant next = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        return new DigestJobProbe.DigestJob(DigestJobSchedule.JOB.toString(), true, true, Optional.of(next));
    }

    /** The team's query as Jira would get it; refused when its filter's quotes or parentheses do not pair up. */
    static TeamQueries.Query query(TeamScope scope) {
        Optional<String> jql = TeamJql.of(scope);
        if (jql.isEmpty()) {
            return new TeamQueries.Query.NoProjects();
        }
        List<String> errors = new ArrayList<>();
        String filter = scope.jql().orElse("");
        int depth = 0;
        boolean quoted = false;
        for (int index = 0; index < filter.length(); index++) {
            char character = filter.charAt(index);
            if (character == '"' && (index == 0 || filter.charAt(index - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && character == '(') {
                depth++;
            } else if (!quoted && character == ')' && --depth < 0) {
                errors.add("a ')' at character " + (index + 1) + " closes nothing");
                depth = 0;
            }
        }
        if (quoted) {
            errors.add("a quote is not closed");
        }
        if (depth > 0) {
            errors.add(depth + " '(' not closed");
        }
        return errors.isEmpty() ? new TeamQueries.Query.Valid(jql.get()) : new TeamQueries.Query.Invalid(jql.get(), errors);
    }

    /** The workbench runs on one node; a map stands in for the cluster cache, through which a token goes and back. */
    private static final class MapCache implements ClusterProbe {
        private final Map<String, String> cache = new ConcurrentHashMap<>();

        @Override
        public Nodes nodes() {
            return new Nodes(false, "workbench", 1, 1);
        }

        @Override
        public Optional<String> cacheProblem() {
            String token = Long.toHexString(System.nanoTime());
            cache.put(token, "answered:" + token);
            String answer = cache.remove(token);
            return ("answered:" + token).equals(answer) ? Optional.empty() : Optional.of("got " + answer);
        }
    }

    /** Velocity 1.7 as the workbench renders the pages, but, as Jira does, leaving references without a value as they are. */
    private static final class EmptyContextTemplates implements TemplateProbe {
        private final VelocityEngine engine = new VelocityEngine();

        EmptyContextTemplates() {
            engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
            engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
            engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
            engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
            engine.init();
        }

        @Override
        public Optional<String> render(String template) {
            try {
                engine.getTemplate(template, StandardCharsets.UTF_8.name()).merge(new VelocityContext(), new StringWriter());
                return Optional.empty();
            } catch (RuntimeException failure) {
                return Optional.of(RunHealthChecks.summary(failure));
            }
        }
    }
}
