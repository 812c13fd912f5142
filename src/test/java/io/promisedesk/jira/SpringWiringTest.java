package io.promisedesk.jira;

import io.promisedesk.commitment.SetCommitment;
import io.promisedesk.eta.UpdateEta;
import io.promisedesk.jira.rest.GlobalSettingsResource;
import io.promisedesk.jira.rest.TeamAssessmentResource;
import io.promisedesk.jira.rest.TeamSettingsResource;
import io.promisedesk.jira.servlet.AdminServlet;
import io.promisedesk.jira.servlet.EtaServlet;
import io.promisedesk.jira.servlet.InboxServlet;
import io.promisedesk.jira.servlet.SalesServlet;
import io.promisedesk.panel.ShowOvercommitPanel;
import io.promisedesk.settings.ConfigureGlobalSettings;
import io.promisedesk.settings.ConfigureTeams;
import io.promisedesk.workload.CheckOvercommit;
import io.promisedesk.workload.CheckPromise;
import io.promisedesk.workload.TeamSnapshots;
import org.junit.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Every {@code META-INF/spring/*.xml} builds: each bean is a class of ours whose one public constructor takes exactly
 * its constructor arguments, of the right types; each OSGi reference imports a Jira interface a constructor of ours
 * takes; and each class the descriptor names (conditions, context providers, servlets, field types) can be built
 * from the wiring.
 */
public class SpringWiringTest {
    private final SpringWiring wiring = SpringWiring.of(PluginDescriptor.springContexts(), Map.of());

    @Test
    public void everyBean_isOursAndItsConstructorTakesItsArguments() {
        assertFalse("no beans found in " + PluginDescriptor.SPRING, wiring.beans().isEmpty());
        assertEquals(List.of(), wiring.beanProblems());
    }

    @Test
    public void everyReference_importsAJiraInterfaceThatOurConstructorsTake() {
        assertFalse(wiring.references().isEmpty());
        assertEquals(List.of(), wiring.referenceProblems(moduleClasses()));
    }

    @Test
    public void everyModuleClass_isBuiltFromTheWiring() {
        Map<String, Set<String>> unsatisfied = new TreeMap<>();
        for (Class<?> module : moduleClasses()) {
            Set<String> missing = wiring.unsatisfied(module);
            if (!missing.isEmpty()) {
                unsatisfied.put(module.getName(), missing);
            }
        }
        assertEquals("modules and what they lack", Map.of(), unsatisfied);
    }

    /**
     * The services the panel, the servlets and the REST resources are built from are beans under the ids their
     * wiring names.
     */
    @Test
    public void theWorkloadServices_areBeansUnderTheirIds() {
        Map<String, Class<?>> provided = wiring.provided();
        Map<String, Class<?>> expected = Map.of(
                "teamSnapshots", TeamSnapshots.class,
                "checkOvercommit", CheckOvercommit.class,
                "checkPromise", CheckPromise.class,
                "updateEta", UpdateEta.class,
                "setCommitment", SetCommitment.class,
                "clock", java.time.Clock.class,
                "showOvercommitPanel", ShowOvercommitPanel.class,
                "configureTeams", ConfigureTeams.class,
                "configureGlobalSettings", ConfigureGlobalSettings.class);
        expected.forEach((id, type) -> assertEquals(id, type, provided.get(id)));
    }

    /** Jira builds module classes by constructor autowiring by type: two beans of one type would be ambiguous. */
    @Test
    public void everyTypeIsGivenOnce_acrossAllContextFiles() {
        Map<String, List<String>> idsByType = new java.util.TreeMap<>();
        wiring.beans().forEach(bean -> idsByType.computeIfAbsent(bean.className(), type -> new ArrayList<>()).add(bean.id()));
        wiring.references().forEach(reference -> idsByType.computeIfAbsent(reference.interfaceName(),
                type -> new ArrayList<>()).add(reference.id()));
        idsByType.values().removeIf(ids -> ids.size() == 1);

        assertEquals(Map.of(), idsByType);
    }

    /**
     * The ETA and commitment ports have two beans each, the Active Objects store and the one that also writes the
     * issue's field (store-context.xml): safe only while no class Jira autowires by type asks for either port.
     */
    @Test
    public void noAutowiredClass_asksForAStorePortThatHasTwoBeans() {
        Set<Class<?>> autowired = new LinkedHashSet<>(moduleClasses());
        autowired.addAll(restResources());
        List<String> asking = new ArrayList<>();
        for (Class<?> type : autowired) {
            for (Class<?> parameter : Arrays.stream(type.getConstructors())
                    .flatMap(constructor -> Arrays.stream(constructor.getParameterTypes())).toList()) {
                if (parameter == io.promisedesk.eta.EtaHistoryStore.class
                        || parameter == io.promisedesk.commitment.CommitmentStore.class) {
                    asking.add(type.getSimpleName() + " takes " + parameter.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), asking);
        assertEquals(io.promisedesk.inbox.AnsweringEtaHistoryStore.class, wiring.provided().get("etaHistoryStore"));
        assertEquals(io.promisedesk.jira.field.FieldSyncingCommitmentStore.class,
                wiring.provided().get("commitmentStore"));
    }

    /**
     * Every ETA saved in Jira goes through one chain, whichever page or resource set it: the store that answers the
     * issue's ETA requests, around the one that writes the issue's ETA field, around Active Objects; and the services
     * that save ETAs are given the outermost. The one exception is an ETA edited in the field itself on Jira's screens
     * ({@code etaFieldEdits}): the field holds it already, and writing it again from inside the issue event would
     * update the issue once more, so it is given the Active Objects store, and must be given the request store too,
     * around which it answers the requests itself (EveryEtaPathAnswersRequestsTest).
     */
    @Test
    public void everyEtaSave_answersTheIssuesRequests_afterWritingTheFieldAndTheTable() {
        Map<String, SpringWiring.Bean> beans = new HashMap<>();
        wiring.beans().forEach(bean -> beans.put(bean.id(), bean));

        assertEquals(List.of("fieldSyncingEtaHistoryStore", "etaRequestStore"), beans.get("etaHistoryStore").argumentRefs());
        assertEquals(io.promisedesk.jira.field.FieldSyncingEtaHistoryStore.class.getName(),
                beans.get("fieldSyncingEtaHistoryStore").className());
        assertEquals("aoEtaHistoryStore", beans.get("fieldSyncingEtaHistoryStore").argumentRefs().get(0));
        assertEquals(io.promisedesk.jira.store.AoEtaHistoryStore.class.getName(), beans.get("aoEtaHistoryStore").className());
        assertEquals(io.promisedesk.jira.store.AoEtaRequestStore.class.getName(), beans.get("etaRequestStore").className());
        for (String saving : List.of("updateEta", "etaRequests", "inboxRequests")) {
            assertTrue(saving, beans.get(saving).argumentRefs().contains("etaHistoryStore"));
            assertFalse(saving, beans.get(saving).argumentRefs().contains("fieldSyncingEtaHistoryStore"));
            assertFalse(saving, beans.get(saving).argumentRefs().contains("aoEtaHistoryStore"));
        }
        SpringWiring.Bean fieldEdits = beans.get("etaFieldEdits");
        assertEquals(io.promisedesk.jira.field.EtaFieldEdits.class.getName(), fieldEdits.className());
        assertEquals(List.of("aoEtaHistoryStore", "etaRequestStore"), fieldEdits.argumentRefs().subList(0, 2));
        assertFalse(fieldEdits.argumentRefs().contains("fieldSyncingEtaHistoryStore"));
        assertTrue(beans.get("issueEventListener").argumentRefs().contains("etaFieldEdits"));
        List<String> usingInner = wiring.beans().stream()
                .filter(bean -> !bean.id().equals("etaHistoryStore") && !bean.id().equals("fieldSyncingEtaHistoryStore")
                        && !bean.id().equals("etaFieldEdits"))
                .filter(bean -> savesThrough(bean, "fieldSyncingEtaHistoryStore") || savesThrough(bean, "aoEtaHistoryStore"))
                .map(SpringWiring.Bean::id).toList();
        assertEquals("beans that would save past the answering store", List.of(), usingInner);
    }

    /** The bean is given the store as an EtaHistoryStore, which saves; as the digests' EtaChangeLog it only reads. */
    private static boolean savesThrough(SpringWiring.Bean bean, String store) {
        int index = bean.argumentRefs().indexOf(store);
        if (index < 0) {
            return false;
        }
        try {
            Class<?> parameter = Class.forName(bean.className()).getConstructors()[0].getParameterTypes()[index];
            return io.promisedesk.eta.EtaHistoryStore.class.isAssignableFrom(parameter);
        } catch (ClassNotFoundException absent) {
            throw new AssertionError(bean.className(), absent);
        }
    }

    /** Spring calls a bean's init-method and destroy-method by name: each must be a public method without arguments. */
    @Test
    public void everyLifecycleMethod_isAPublicMethodWithoutArguments() throws Exception {
        List<String> problems = new ArrayList<>();
        int named = 0;
        for (String xml : PluginDescriptor.springContexts()) {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.NodeList beans = factory.newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)))
                    .getElementsByTagNameNS("http://www.springframework.org/schema/beans", "bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                for (String attribute : List.of("init-method", "destroy-method")) {
                    String method = bean.getAttribute(attribute);
                    if (method.isEmpty()) {
                        continue;
                    }
                    named++;
                    try {
                        Class.forName(bean.getAttribute("class")).getMethod(method);
                    } catch (NoSuchMethodException e) {
                        problems.add(bean.getAttribute("id") + ": no public " + method + "()");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals("the issue listener registers and unregisters itself", 2, named);
    }

    @Test
    public void theServlets_areModulesBuiltFromTheWiring() {
        assertTrue(moduleClasses().containsAll(List.of(SalesServlet.class, EtaServlet.class, AdminServlet.class,
                InboxServlet.class)));
        assertEquals(Set.of(), wiring.unsatisfied(SalesServlet.class));
        assertEquals(Set.of(), wiring.unsatisfied(InboxServlet.class));
        assertEquals(Set.of(), wiring.unsatisfied(EtaServlet.class));
        assertEquals(Set.of(), wiring.unsatisfied(AdminServlet.class));
    }

    /** REST v2 builds each resource by its {@code @Inject} constructor from the plugin's beans and references. */
    @Test
    public void everyRestResource_isBuiltFromTheWiring() {
        Set<Class<?>> resources = restResources();
        assertTrue(resources.containsAll(List.of(TeamSettingsResource.class, GlobalSettingsResource.class,
                TeamAssessmentResource.class)));
        Map<String, Set<String>> unsatisfied = new TreeMap<>();
        for (Class<?> resource : resources) {
            Set<String> missing = wiring.unsatisfied(resource);
            if (!missing.isEmpty()) {
                unsatisfied.put(resource.getName(), missing);
            }
        }
        assertEquals("resources and what they lack", Map.of(), unsatisfied);
    }

    @Test
    public void theChecks_reportAWrongArgumentCount_anUnknownRef_aWrongType_andAnUnusedReference() {
        SpringWiring broken = SpringWiring.of(List.of("""
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint">
                    <osgi:reference id="issueManager" interface="com.atlassian.jira.issue.IssueManager"/>
                    <osgi:reference id="unused" interface="com.atlassian.sal.api.ApplicationProperties"/>
                    <osgi:reference id="notJira" interface="java.lang.Runnable"/>
                    <bean id="short" class="io.promisedesk.jira.web.SalesCondition"/>
                    <bean id="unknown" class="io.promisedesk.jira.web.SalesCondition">
                        <constructor-arg ref="nothing"/>
                    </bean>
                    <bean id="wrongType" class="io.promisedesk.jira.web.SalesCondition">
                        <constructor-arg ref="issueManager"/>
                    </bean>
                    <bean id="missing" class="io.promisedesk.jira.Missing"/>
                    <bean id="jdk" class="java.lang.Object"/>
                </beans>"""), Map.of());

        assertEquals(List.of(
                "short: 0 constructor-arg for a constructor of 1",
                "unknown: argument 0 refers to nothing, which nothing defines",
                "wrongType: argument 0 is a com.atlassian.jira.issue.IssueManager, the constructor wants"
                        + " io.promisedesk.access.Access",
                "missing: class io.promisedesk.jira.Missing is not one of ours on the class path",
                "jdk: class java.lang.Object is not one of ours on the class path"), broken.beanProblems());
        assertEquals(List.of(
                "issueManager: no constructor of ours takes a com.atlassian.jira.issue.IssueManager",
                "unused: no constructor of ours takes a com.atlassian.sal.api.ApplicationProperties",
                "notJira: java.lang.Runnable is not a Jira interface on the class path"),
                broken.referenceProblems(Set.of()));
        assertEquals(Set.of("io.promisedesk.access.Access"),
                broken.unsatisfied(io.promisedesk.jira.web.SalesCondition.class));
    }

    /**
     * Every class with {@code @Path} among the compiled classes of {@code io.promisedesk.jira.rest}, read from the
     * directory the build compiles into, so that a new resource is checked without being listed here.
     */
    static Set<Class<?>> restResources() {
        String pkg = TeamSettingsResource.class.getPackageName();
        Set<Class<?>> resources = new LinkedHashSet<>();
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(
                    TeamSettingsResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                    classes.resolve(pkg.replace('.', '/')))) {
                for (java.nio.file.Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.contains("$")) {
                        Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                        if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                            resources.add(type);
                        }
                    }
                }
            }
        } catch (java.io.IOException | java.net.URISyntaxException | ClassNotFoundException e) {
            throw new AssertionError("cannot list the compiled REST resources", e);
        }
        return resources;
    }

    /**
     * The classes of ours the descriptor names for Jira to build by constructor from the wiring: conditions, context
     * providers, custom field types, servlets, whatever element names a {@code class}.
     */
    static Set<Class<?>> moduleClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        Element root = PluginDescriptor.descriptor().getDocumentElement();
        for (Element element : PluginDescriptor.elements(root, "*")) {
            String name = element.getAttribute("class");
            if (name.startsWith("io.promisedesk.")) {
                try {
                    classes.add(Class.forName(name));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("the descriptor names " + name + ", which is not on the class path", e);
                }
            }
        }
        return classes;
    }
}
