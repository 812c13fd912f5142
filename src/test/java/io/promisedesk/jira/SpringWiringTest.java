package io.promisedesk.jira;

import io.promisedesk.jira.rest.TeamSettingsResource;
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
 * What the Spring XML must be beyond starting: rules the boot test (PluginBootIT, which starts the packaged plugin in
 * Felix with Spring and Gemini Blueprint and builds every bean, module class and REST resource) cannot see, because a
 * context that breaks them still starts. Every OSGi reference imports a Jira interface some constructor of ours takes
 * (an unused one makes Jira wait for a service nobody needs); no class is given twice and no class Jira autowires by
 * type asks for a port with two beans (Spring would then pick by parameter name, silently); every ETA save goes through
 * the chain that writes the field and answers the issue's requests. The beans, constructors, lifecycle methods, module
 * classes and REST resources themselves are PluginBootIT's.
 */
public class SpringWiringTest {
    private final SpringWiring wiring = SpringWiring.of(PluginDescriptor.springContexts(), Map.of());

    @Test
    public void everyReference_importsAJiraInterfaceThatOurConstructorsTake() {
        assertFalse(wiring.references().isEmpty());
        assertEquals(List.of(), wiring.referenceProblems(moduleClasses()));
    }

    /** Jira builds module classes by constructor autowiring by type: two beans of one type would be ambiguous. */
    @Test
    public void everyTypeIsGivenOnce_acrossAllContextFiles() {
        Map<String, List<String>> idsByType = new TreeMap<>();
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

    /**
     * Commitments saved in Jira write the issue's field, except one edited in the field itself on Jira's screens
     * ({@code commitmentFieldEdits}), which is given the Active Objects store: writing the field again from inside the
     * issue event would update the issue once more. The event listener hands it every event; the Sales Commitment
     * field type finds it by type, so there is exactly one bean of its class.
     */
    @Test
    public void aCommitmentEditedInTheField_isRecordedPastTheFieldSyncingStore_byTheOneBeanOfItsClass() {
        Map<String, SpringWiring.Bean> beans = new HashMap<>();
        wiring.beans().forEach(bean -> beans.put(bean.id(), bean));

        SpringWiring.Bean fieldEdits = beans.get("commitmentFieldEdits");
        assertEquals(io.promisedesk.jira.field.CommitmentFieldEdits.class.getName(), fieldEdits.className());
        assertEquals(List.of("aoCommitmentStore", "allowedEmailDomains"), fieldEdits.argumentRefs().subList(0, 2));
        assertTrue(beans.get("issueEventListener").argumentRefs().contains("commitmentFieldEdits"));
        assertEquals(1, wiring.beans().stream()
                .filter(bean -> bean.className().equals(fieldEdits.className())).count());
        List<String> usingInner = wiring.beans().stream()
                .filter(bean -> bean.argumentRefs().contains("aoCommitmentStore"))
                .map(SpringWiring.Bean::id).sorted().toList();
        assertEquals(List.of("commitmentFieldEdits", "commitmentStore"), usingInner);
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
