package io.promisedesk.jira.health;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.cluster.Node;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.plugin.customfield.CustomFieldSearcherModuleDescriptor;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.mail.Settings;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.plugin.Plugin;
import com.atlassian.plugin.PluginAccessor;
import com.atlassian.plugin.PluginInformation;
import com.atlassian.query.Query;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisedesk.fixtures.MutableClock;
import io.promisedesk.health.ClusterProbe;
import io.promisedesk.health.DigestJobProbe;
import io.promisedesk.health.FieldCheck;
import io.promisedesk.health.FieldKind;
import io.promisedesk.health.FieldProbe;
import io.promisedesk.health.MailProbe;
import io.promisedesk.health.StorageProbe;
import io.promisedesk.health.TeamQueries;
import io.promisedesk.health.VersionProbe;
import io.promisedesk.jira.PluginDescriptor;
import io.promisedesk.jira.digest.DigestJobSchedule;
import io.promisedesk.jira.field.EtaFieldType;
import io.promisedesk.jira.field.SalesCommitmentFieldType;
import io.promisedesk.jira.store.EtaRequestNumberEntity;
import io.promisedesk.jira.store.FakeActiveObjects;
import io.promisedesk.jira.store.TeamEntity;
import io.promisedesk.settings.TeamScope;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import org.junit.Test;
import org.w3c.dom.Element;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.promisedesk.jira.JiraFakes.fake;
import static io.promisedesk.jira.JiraFakes.returns;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Each probe of the health check on fakes of Jira's services: what it asks Jira, and the facts it hands the checks. */
public class JiraHealthProbesTest {
    private static final MutableClock CLOCK = MutableClock.at("2026-03-10T09:00:00Z");
    private static final EtaFieldType ETA_TYPE = new EtaFieldType(null, null, null, CLOCK);
    private static final SalesCommitmentFieldType COMMITMENT_TYPE = new SalesCommitmentFieldType(null, null, null, null, CLOCK,
                    new io.promisedesk.commitment.InformedOfIssue(new io.promisedesk.commitment.InMemoryCommitmentStore()), null);

    // Versions

    @Test
    public void versions_arePromiseDesksAsThePluginFrameworkLoadedIt_andJirasFromSal() {
        List<String> asked = new ArrayList<>();
        PluginInformation information = new PluginInformation();
        information.setVersion("1.2.0");
        Plugin plugin = fake(Plugin.class, Map.of("getPluginInformation", returns(information)));
        PluginAccessor plugins = fake(PluginAccessor.class, Map.of("getPlugin", arguments -> {
            asked.add((String) arguments[0]);
            return arguments[0].equals(JiraVersionProbe.PLUGIN_KEY) ? plugin : null;
        }));
        ApplicationProperties application = fake(ApplicationProperties.class, Map.of(
                "getVersion", returns("10.3.4"), "getBuildNumber", returns("10030004")));

        VersionProbe.Versions versions = new JiraVersionProbe(application, plugins).versions();
        VersionProbe.Versions unknown = new JiraVersionProbe(application,
                fake(PluginAccessor.class, Map.of("getPlugin", returns(null)))).versions();

        assertEquals(new VersionProbe.Versions(Optional.of("1.2.0"), "10.3.4", "10030004"), versions);
        assertEquals(List.of("io.promisedesk.promise-desk"), asked);
        assertEquals(Optional.empty(), unknown.plugin());
    }

    @Test
    public void thePluginKey_isTheBuiltDescriptors() throws IOException {
        String built = Files.readString(Path.of("target", "classes", "atlassian-plugin.xml"));
        Matcher key = Pattern.compile("<atlassian-plugin key=\"([^\"]+)\"").matcher(built);

        assertTrue(key.find());
        assertEquals(key.group(1), JiraVersionProbe.PLUGIN_KEY);
    }

    // Custom fields

    private static CustomField field(String id, String name, CustomFieldType<?, ?> type, boolean global,
                                     List<Project> projects, CustomFieldSearcher searcher) {
        Map<String, java.util.function.Function<Object[], Object>> answers = new HashMap<>();
        answers.put("getId", returns(id));
        answers.put("getName", returns(name));
        answers.put("getCustomFieldType", returns(type));
        answers.put("isAllProjects", returns(global));
        answers.put("getAssociatedProjectObjects", returns(projects));
        answers.put("getCustomFieldSearcher", returns(searcher));
        return fake(CustomField.class, answers);
    }

    private static Project project(String key) {
        return fake(Project.class, Map.of("getKey", returns(key)));
    }

    private static CustomFieldSearcher searcher(String completeKey) {
        CustomFieldSearcherModuleDescriptor descriptor = fake(CustomFieldSearcherModuleDescriptor.class,
                Map.of("getCompleteKey", returns(completeKey)));
        return fake(CustomFieldSearcher.class, Map.of("getDescriptor", returns(descriptor)));
    }

    @Test
    public void fields_areThoseOfOurTypeClasses_inJirasOrder_withTheirContextAndSearcher() {
        List<String> typesAsked = new ArrayList<>();
        CustomFieldManager manager = fake(CustomFieldManager.class, Map.of(
                "getCustomFieldType", arguments -> {
                    typesAsked.add((String) arguments[0]);
                    return arguments[0].equals("io.promisedesk.promise-desk:eta") ? ETA_TYPE : null;
                },
                "getCustomFieldObjects", returns(List.of(
                        field("customfield_1", "Promise", COMMITMENT_TYPE, false, List.of(project("OPS"), project("SD")),
                                null),
                        field("customfield_2", "ETA", ETA_TYPE, true, null, searcher(FieldCheck.DATE_RANGE_SEARCHER)),
                        field("customfield_3", "Due", fake(CustomFieldType.class, Map.of()), true, null, null),
                        field("customfield_4", "ETA (old)", ETA_TYPE, false, List.of(), null)))));
        JiraFieldProbe probe = new JiraFieldProbe(manager);

        FieldProbe.FieldType eta = probe.fieldType(FieldKind.ETA);
        FieldProbe.FieldType commitment = probe.fieldType(FieldKind.SALES_COMMITMENT);

        assertEquals(List.of("io.promisedesk.promise-desk:eta", "io.promisedesk.promise-desk:sales-commitment"), typesAsked);
        assertTrue(eta.registered());
        assertEquals(List.of(new FieldProbe.Field("customfield_2", "ETA", true, Set.of(),
                        Optional.of(FieldCheck.DATE_RANGE_SEARCHER)),
                new FieldProbe.Field("customfield_4", "ETA (old)", false, Set.of(), Optional.empty())), eta.fields());
        assertFalse(commitment.registered());
        assertEquals(List.of(new FieldProbe.Field("customfield_1", "Promise", false, Set.of("OPS", "SD"),
                Optional.empty())), commitment.fields());
    }

    // Storage

    @Test
    public void storage_readsEveryTable_andWritesARowThatTheRollbackTakesAway() {
        FakeActiveObjects ao = new FakeActiveObjects();

        List<StorageProbe.Table> tables = new AoStorageProbe(ao.jira()).tables();

        assertEquals(AoStorageProbe.ENTITIES.size(), tables.size());
        for (StorageProbe.Table table : tables) {
            assertEquals(table.name(), new StorageProbe.Table(table.name(), Optional.empty(),
                    StorageProbe.Write.ROLLED_BACK, Optional.empty()), table);
        }
        assertEquals("TEAM", tables.get(AoStorageProbe.ENTITIES.indexOf(TeamEntity.class)).name());
        for (Class<? extends Entity> entity : AoStorageProbe.ENTITIES) {
            assertEquals(entity.getSimpleName(), List.of(), ao.rows(entity));
        }
    }

    @Test
    public void storage_reportsATableThatCannotBeRead_orWritten() {
        FakeActiveObjects ao = new FakeActiveObjects();
        ao.failNextCountOf(TeamEntity.class);
        ao.failNextCreateOf(EtaRequestNumberEntity.class);

        List<StorageProbe.Table> tables = new AoStorageProbe(ao.jira()).tables();

        StorageProbe.Table team = tables.get(AoStorageProbe.ENTITIES.indexOf(TeamEntity.class));
        StorageProbe.Table number = tables.get(AoStorageProbe.ENTITIES.indexOf(EtaRequestNumberEntity.class));
        assertEquals(Optional.of("io.promisedesk.jira.store.FakeActiveObjects$FakeSqlException: injected failure"
                + " counting the rows of TeamEntity"), team.readProblem());
        assertEquals(StorageProbe.Write.ROLLED_BACK, team.write());
        assertEquals(StorageProbe.Write.FAILED, number.write());
        assertEquals(Optional.of("io.promisedesk.jira.store.FakeActiveObjects$FakeSqlException: injected failure"
                + " creating a row of EtaRequestNumberEntity"), number.writeProblem());
    }

    /** Active Objects whose transactions commit what a failed callback wrote, as with transactions switched off. */
    private static ActiveObjects withoutRollback(FakeActiveObjects ao, boolean deletesFail) {
        ActiveObjects real = ao.jira();
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("executeInTransaction")) {
                        TransactionCallback<?> callback = (TransactionCallback<?>) arguments[0];
                        RuntimeException[] thrown = {null};
                        Object result = real.executeInTransaction(() -> {
                            try {
                                return callback.doInTransaction();
                            } catch (RuntimeException failure) {
                                thrown[0] = failure;
                                return null;
                            }
                        });
                        if (thrown[0] != null) {
                            throw thrown[0];
                        }
                        return result;
                    }
                    if (deletesFail && method.getName().equals("deleteWithSQL")) {
                        throw new IllegalStateException("permission denied for table");
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (java.lang.reflect.InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    @Test
    public void storage_findsARowTheRollbackLeftBehind_deletesItAgain_orSaysItCouldNot() {
        FakeActiveObjects kept = new FakeActiveObjects();
        FakeActiveObjects stuck = new FakeActiveObjects();

        List<StorageProbe.Table> deleted = new AoStorageProbe(withoutRollback(kept, false)).tables();
        List<StorageProbe.Table> left = new AoStorageProbe(withoutRollback(stuck, true)).tables();

        assertTrue(deleted.stream().allMatch(table -> table.write() == StorageProbe.Write.KEPT_THEN_DELETED));
        assertEquals(List.of(), kept.rows(TeamEntity.class));
        assertTrue(left.stream().allMatch(table -> table.write() == StorageProbe.Write.KEPT));
        assertEquals(Optional.of("java.lang.IllegalStateException: permission denied for table"), left.get(0).writeProblem());
        Map<String, Object> leftover = stuck.rows(TeamEntity.class).get(0);
        assertTrue(leftover.toString(), ((String) leftover.get("TEAM_KEY")).startsWith("promisedesk-health-check-"));
    }

    @Test
    public void theTestRow_setsEveryRequiredColumn_underTheNamesTheEntitiesDeclare() throws IllegalAccessException {
        for (Class<? extends Entity> entity : AoStorageProbe.ENTITIES) {
            Set<String> declared = new HashSet<>();
            for (Field constant : entity.getFields()) {
                if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                    declared.add((String) constant.get(null));
                }
            }
            long required = Arrays.stream(entity.getDeclaredMethods())
                    .filter(getter -> getter.isAnnotationPresent(NotNull.class)).count();

            Map<String, Object> row = AoStorageProbe.testRow(entity, "abc");

            assertEquals(entity.getSimpleName(), required, row.size());
            assertTrue(entity.getSimpleName() + " " + row.keySet() + " within " + declared,
                    declared.containsAll(row.keySet()));
        }
        assertEquals("SETTINGS_VERSION", AoStorageProbe.column("SettingsVersion"));
    }

    @Test
    public void theEntitiesTried_areTheDescriptorsAoModule() {
        Element ao = PluginDescriptor.elements(PluginDescriptor.descriptor().getDocumentElement(), "ao").get(0);
        List<String> listed = PluginDescriptor.elements(ao, "entity").stream().map(Element::getTextContent)
                .map(String::strip).toList();

        assertEquals(listed, AoStorageProbe.ENTITIES.stream().map(Class::getName).toList());
    }

    // The digest job

    @Test
    public void theDigestJob_isAskedOfTheSchedulerByItsId_withItsRunnerAndNextRun() {
        List<Object> asked = new ArrayList<>();
        JobDetails details = fake(JobDetails.class, Map.of("getNextRunTime",
                returns(Date.from(Instant.parse("2026-03-10T10:00:00Z")))));
        SchedulerService scheduler = fake(SchedulerService.class, Map.of(
                "getJobDetails", arguments -> {
                    asked.add(arguments[0]);
                    return details;
                },
                "getRegisteredJobRunnerKeys", returns(Set.of(JobRunnerKey.of("com.example:other")))));
        SchedulerService nothing = fake(SchedulerService.class, Map.of("getJobDetails", returns(null),
                "getRegisteredJobRunnerKeys", returns(Set.of(DigestJobSchedule.RUNNER))));

        DigestJobProbe.DigestJob job = new JiraDigestJobProbe(scheduler).job();
        DigestJobProbe.DigestJob missing = new JiraDigestJobProbe(nothing).job();

        assertEquals(List.of(DigestJobSchedule.JOB), asked);
        assertEquals(new DigestJobProbe.DigestJob("io.promisedesk.promise-desk:digest-job:hourly", true, false,
                Optional.of(Instant.parse("2026-03-10T10:00:00Z"))), job);
        assertEquals(new DigestJobProbe.DigestJob("io.promisedesk.promise-desk:digest-job:hourly", false, true,
                Optional.empty()), missing);
    }

    // Mail

    @Test
    public void mail_isWhatTheMailQueueAsks_theDefaultServer_andWhetherSendingIsOff() {
        SMTPMailServer server = fake(SMTPMailServer.class, Map.of("getDefaultFrom", returns("jira@example.com")));
        Settings on = fake(Settings.class, Map.of("isSendingDisabled", returns(false)));
        Settings off = fake(Settings.class, Map.of("isSendingDisabled", returns(true)));

        MailProbe.Mail sending = JiraMailProbe.mail(fake(MailServerManager.class,
                Map.of("getDefaultSMTPMailServer", returns(server))), on);
        MailProbe.Mail none = JiraMailProbe.mail(fake(MailServerManager.class,
                Map.of("getDefaultSMTPMailServer", returns(null))), off);

        assertEquals(new MailProbe.Mail(true, false, Optional.of("jira@example.com")), sending);
        assertEquals(new MailProbe.Mail(false, true, Optional.empty()), none);
    }

    // Teams' queries

    @Test
    public void aTeamsQuery_isTheOneItsWorkIsSearchedWith_parsedByJira_withJirasReasons() {
        List<String> parsed = new ArrayList<>();
        MessageSet errors = fake(MessageSet.class, Map.of("getErrorMessages",
                returns(Set.of("Field 'labelz' does not exist.", "Error in the JQL Query."))));
        SearchService search = fake(SearchService.class, Map.of("parseQuery", arguments -> {
            parsed.add((String) arguments[1]);
            return ((String) arguments[1]).contains("labelz") ? new SearchService.ParseResult(null, errors)
                    : new SearchService.ParseResult(fake(Query.class, Map.of()), null);
        }));
        JiraTeamQueries queries = new JiraTeamQueries(search);

        TeamQueries.Query valid = queries.check(new TeamScope(Optional.empty(), Set.of("OPS"), Optional.of("labels = x")));
        TeamQueries.Query invalid = queries.check(new TeamScope(Optional.empty(), Set.of("OPS"), Optional.of("labelz = x")));
        TeamQueries.Query none = queries.check(new TeamScope(Optional.empty(), Set.of(), Optional.of("labels = x")));

        String jql = "project in (\"OPS\") AND (labels = x) AND statusCategory != Done ORDER BY key ASC";
        assertEquals(new TeamQueries.Query.Valid(jql), valid);
        assertEquals(new TeamQueries.Query.Invalid(jql.replace("labels", "labelz"),
                List.of("Error in the JQL Query.", "Field 'labelz' does not exist.")), invalid);
        assertEquals(new TeamQueries.Query.NoProjects(), none);
        assertEquals(List.of(jql, jql.replace("labels", "labelz")), parsed);
    }

    // The cluster

    private static ClusterManager cluster(boolean clustered, int live, int known) {
        List<Node> nodes = new ArrayList<>();
        for (int index = 0; index < known; index++) {
            nodes.add(new Node() {
            });
        }
        return fake(ClusterManager.class, Map.of("isClustered", returns(clustered), "getNodeId", returns("node-2"),
                "findLiveNodes", returns(nodes.subList(0, live)), "getAllNodes", returns(Set.copyOf(nodes))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CacheManager caches(List<String> made, List<CacheSettings> settings, boolean answering) {
        return fake(CacheManager.class, Map.of("getCache", arguments -> {
            made.add((String) arguments[0]);
            settings.add((CacheSettings) arguments[2]);
            CacheLoader loader = (CacheLoader) arguments[1];
            return fake(Cache.class, Map.of(
                    "get", key -> answering ? loader.load(key[0]) : "something else",
                    "remove", key -> null));
        }));
    }

    @Test
    public void theCluster_isJirasNodesAndOneCacheRoundTrip_throughARemoteCacheMadeOnce() {
        List<String> made = new ArrayList<>();
        List<CacheSettings> settings = new ArrayList<>();
        JiraClusterProbe probe = new JiraClusterProbe(cluster(true, 2, 3), caches(made, settings, true));

        ClusterProbe.Nodes nodes = probe.nodes();
        Optional<String> first = probe.cacheProblem();
        Optional<String> second = probe.cacheProblem();

        assertEquals(new ClusterProbe.Nodes(true, "node-2", 2, 3), nodes);
        assertEquals(Optional.empty(), first);
        assertEquals(Optional.empty(), second);
        assertEquals(List.of("io.promisedesk.promise-desk.health"), made);
        assertEquals(Boolean.FALSE, settings.get(0).getLocal());
        assertEquals(Boolean.FALSE, settings.get(0).getReplicateViaCopy());
        assertEquals(new ClusterProbe.Nodes(false, "node-2", 1, 1),
                new JiraClusterProbe(cluster(false, 0, 0), caches(made, settings, true)).nodes());
    }

    @Test
    public void aCacheThatAnswersWrong_orThrows_isReported_andAMissingClusterServiceThrows() {
        Optional<String> wrong = new JiraClusterProbe(cluster(false, 0, 0),
                caches(new ArrayList<>(), new ArrayList<>(), false)).cacheProblem();
        Optional<String> failing = new JiraClusterProbe(cluster(false, 0, 0), fake(CacheManager.class,
                Map.of("getCache", arguments -> {
                    throw new IllegalStateException("Hazelcast is not running");
                }))).cacheProblem();
        JiraClusterProbe unavailable = new JiraClusterProbe(fake(ClusterManager.class, Map.of("isClustered", arguments -> {
            throw new IllegalStateException("service unavailable");
        })), caches(new ArrayList<>(), new ArrayList<>(), true));

        assertTrue(wrong.orElseThrow(), wrong.orElseThrow().endsWith(", got something else"));
        assertEquals(Optional.of("java.lang.IllegalStateException: Hazelcast is not running"), failing);
        assertThrows(IllegalStateException.class, unavailable::nodes);
    }

    // Templates

    @Test
    public void aTemplate_isRenderedThroughJirasRenderer_withAnEmptyContext() {
        List<Object> contexts = new ArrayList<>();
        TemplateRenderer renderer = (template, context, writer) -> {
            contexts.add(context);
            if (template.endsWith("broken.vm")) {
                throw new IllegalArgumentException("Method 'put' is not allowlisted");
            }
            writer.write("<p>" + template + "</p>");
        };
        JiraTemplateProbe probe = new JiraTemplateProbe(renderer);

        assertEquals(Optional.empty(), probe.render("templates/admin/teams.vm"));
        assertEquals(Optional.of("java.lang.IllegalArgumentException: Method 'put' is not allowlisted"),
                probe.render("templates/admin/broken.vm"));
        assertEquals(List.of(Map.of(), Map.of()), contexts);
    }
}
