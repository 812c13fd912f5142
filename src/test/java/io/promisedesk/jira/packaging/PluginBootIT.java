package io.promisedesk.jira.packaging;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.config.JobId;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * The plugin jar, unchanged, starts in the real Spring DM machinery as Jira starts it: Apache Felix with Spring 5.3 and
 * Eclipse Gemini Blueprint's extender as bundles, Jira 10.3's packages exported by the system bundle and a stand-in
 * service for every OSGi reference of the plugin's XML (SpringDmHost). Its context starts, every bean and every module
 * class is built, every class loads through the bundle, its LifecycleAware service schedules the digest job, and
 * stopping it closes the context and empties the cache it filled. Negative controls show each way it can fail: a bean
 * class that is missing, a service Jira does not register, a package used but not imported.
 */
public class PluginBootIT {
    private static final String GEMINI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String CHANGE_MARKS = "io.promisedesk.promise-desk.team-change-marks";

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static PluginJar jar;
    private static HostServices jira;
    private static SpringDmHost host;
    private static SpringDmHost.Boot boot;

    @BeforeClass
    public static void bootThePlugin() throws Exception {
        jar = PluginJar.open();
        jira = HostServices.forInterfaces(referencedInterfaces(jar));
        host = SpringDmHost.start(FOLDER.newFolder().toPath(), jira.services());
        boot = host.boot(PluginJar.PATH);
    }

    @AfterClass
    public static void stopFelix() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    public void theContext_startsWithinTheLimit_withoutError() {
        SpringContext context = boot.springContext();

        assertTrue(context.isActive());
        assertEquals(Bundle.ACTIVE, boot.bundle().getState());
        assertTrue("took " + boot.took(), boot.took().compareTo(SpringDmHost.BOOT_LIMIT) < 0);
    }

    /** Each bean and reference of every context file is in the context, and the beans of ours are the bundle's. */
    @Test
    public void everyBeanOfTheXml_isCreated_fromTheBundlesClasses() {
        SpringContext context = boot.springContext();
        Set<String> ids = new TreeSet<>();
        for (String file : jar.springContexts()) {
            for (Element element : PluginJar.elements(jar.xml(file))) {
                boolean bean = BEANS.equals(element.getNamespaceURI()) && element.getLocalName().equals("bean");
                boolean reference = GEMINI.equals(element.getNamespaceURI())
                        && element.getLocalName().equals("reference");
                if ((bean || reference) && element.hasAttribute("id")) {
                    ids.add(element.getAttribute("id"));
                }
            }
        }
        Map<String, String> problems = new TreeMap<>();

        for (String name : context.beanNames()) {
            try {
                Object bean = context.bean(name);
                if (bean == null) {
                    problems.put(name, "null");
                } else if (bean.getClass().getName().startsWith("io.promisedesk.")
                        && bean.getClass().getClassLoader() != boot.classLoader()) {
                    problems.put(name, "a " + bean.getClass().getName() + " not loaded by the plugin's bundle");
                }
            } catch (RuntimeException | LinkageError e) {
                problems.put(name, e.toString());
            }
        }

        assertEquals(Map.of(), problems);
        assertTrue("ids missing from the context: " + missing(ids, context.beanNames()),
                context.beanNames().containsAll(ids));
        assertTrue("too few beans for the plugin's XML: " + ids.size(), ids.size() > 50);
    }

    /**
     * Every class of ours the descriptor names (custom field types, servlets, conditions, context provider) is built
     * as Jira's plugin framework builds a module: created and autowired by constructor from the plugin's context.
     */
    @Test
    public void everyModuleClassOfTheDescriptor_isBuiltFromTheContext() throws Exception {
        Set<String> modules = moduleClassNames(jar.xml("atlassian-plugin.xml"));

        Map<String, String> problems = buildAll(modules);

        assertEquals(Map.of(), problems);
        assertTrue(modules.containsAll(List.of("io.promisedesk.jira.field.EtaFieldType",
                "io.promisedesk.jira.field.SalesCommitmentFieldType", "io.promisedesk.jira.servlet.AdminServlet",
                "io.promisedesk.jira.web.OvercommitPanelContextProvider", "io.promisedesk.jira.web.SalesCondition")));
    }

    /** A class whose constructor takes what no bean gives (a team key's text) is reported, not built somehow. */
    @Test
    public void negativeControl_aModuleClassThatNoBeanCanBuild_isReported() throws Exception {
        Map<String, String> problems = buildAll(List.of("io.promisedesk.team.TeamKey"));

        assertEquals(Set.of("io.promisedesk.team.TeamKey"), problems.keySet());
        assertTrue(problems.toString(), problems.get("io.promisedesk.team.TeamKey").contains("Unsatisfied"));
    }

    /** REST v2 builds each resource from the plugin's context too; here by the same autowiring. */
    @Test
    public void everyRestResource_isBuiltFromTheContext() throws Exception {
        Set<String> resources = new TreeSet<>();
        for (String entry : jar.classEntries()) {
            if (entry.startsWith("io/promisedesk/jira/rest/") && !entry.contains("$")) {
                Class<?> type = boot.bundle().loadClass(binaryName(entry));
                if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                    resources.add(type.getName());
                }
            }
        }

        Map<String, String> problems = buildAll(resources);

        assertEquals(Map.of(), problems);
        assertTrue(resources.toString(), resources.contains("io.promisedesk.jira.rest.TeamSettingsResource"));
    }

    /** Every class in the jar, and every class each refers to, loads through the bundle's own class loader. */
    @Test
    public void everyClassOfTheJar_loadsAndLinksThroughTheBundle() throws IOException {
        assertEquals(Map.of(), unlinkable(boot.bundle(), jar));
    }

    /** SAL calls onStart and onStop of the LifecycleAware services it finds in OSGi: ours must be one of them. */
    @Test
    public void theLifecycleAwareService_isRegisteredByThePlugin() throws Exception {
        List<ServiceReference<LifecycleAware>> ours = lifecycleServices(boot.bundle());

        assertEquals(1, ours.size());
        assertEquals(boot.springContext().bean("digestJobSchedule"),
                host.systemContext().getService(ours.get(0)));
    }

    /** Starting, as SAL does once Jira is up, puts the digest job on the scheduler once, run by the digest job bean. */
    @Test
    public void startingAsSalDoes_schedulesTheDigestJobOnce() throws Exception {
        LifecycleAware lifecycle = host.systemContext().getService(lifecycleServices(boot.bundle()).get(0));

        lifecycle.onStart();

        List<HostServices.Call> scheduled = jira.calls("SchedulerService", "scheduleJob");
        assertEquals(1, scheduled.size());
        assertEquals(JobId.of("io.promisedesk.promise-desk:digest-job:hourly"), scheduled.get(0).arguments().get(0));
        List<HostServices.Call> runners = jira.calls("SchedulerService", "registerJobRunner");
        assertEquals(1, runners.size());
        assertSame(boot.springContext().bean("digestJob"), runners.get(0).arguments().get(1));
    }

    /**
     * Disabling the plugin stops its bundle: the extender closes the context, the issue listener leaves Jira's event
     * publisher, the LifecycleAware service goes, and the snapshots' refresh threads stop. The cluster cache of change
     * marks holds texts only, which any version reads (issue 13, risk 6; issue 14).
     */
    @Test
    public void stoppingThePlugin_closesTheContext_andStopsTheRefreshThreads() throws Exception {
        HostServices services = HostServices.forInterfaces(referencedInterfaces(jar));
        try (SpringDmHost own = SpringDmHost.start(FOLDER.newFolder().toPath(), services.services())) {
            SpringDmHost.Boot started = own.boot(PluginJar.PATH);
            SpringContext context = started.springContext();
            assertTrue("the plugin asked for the cache " + CHANGE_MARKS, services.cache(CHANGE_MARKS).isPresent());
            Object pool = context.bean("snapshotRefreshPool");
            Object listener = context.bean("issueEventListener");

            own.stop(started.bundle());

            assertFalse(context.isActive());
            assertEquals(Boolean.TRUE, pool.getClass().getMethod("isClosed").invoke(pool));
            assertEquals(List.of(listener), services.calls("EventPublisher", "unregister").stream()
                    .map(call -> call.arguments().get(0)).toList());
            assertEquals(List.of(), lifecycleServices(started.bundle()));
        }
    }

    @Test
    public void negativeControl_aBeanClassThatDoesNotExist_failsTheBoot() throws Exception {
        Path broken = modifiedCopy("META-INF/spring/plugin-context.xml", xml -> replaceOnce(xml,
                "io.promisedesk.jira.access.JiraAccess", "io.promisedesk.jira.access.NoSuchAccess"), manifest -> { });

        SpringDmHost.Boot failed = bootAlone(broken, jira.services());

        assertFailedWith(failed, "io.promisedesk.jira.access.NoSuchAccess");
    }

    /** A reference to a service nobody registers fails once the extender has waited for it, not never. */
    @Test
    public void negativeControl_aReferenceToAServiceNobodyRegisters_failsTheBootAfterTheWait() throws Exception {
        Map<String, Object> withoutMailQueue = jira.servicesWithout("com.atlassian.mail.queue.MailQueue");

        SpringDmHost.Boot failed = bootAlone(PluginJar.PATH, withoutMailQueue);

        assertFailedWith(failed, "com.atlassian.mail.queue.MailQueue");
        assertTrue("failed after " + failed.took(), failed.took().compareTo(SpringDmHost.DEPENDENCY_WAIT) >= 0);
    }

    /** Without its import the bundle still resolves, but neither the context nor the class check gets past it. */
    @Test
    public void negativeControl_aPackageUsedButNotImported_failsTheBoot_andTheClassCheck() throws Exception {
        Path broken = modifiedCopy(null, UnaryOperator.identity(), manifest -> {
            String imports = manifest.getMainAttributes().getValue("Import-Package");
            String fewer = imports.replaceFirst("(^|,)com\\.atlassian\\.cache(?=,|$)", "");
            assertNotEquals("com.atlassian.cache is imported", imports, fewer);
            manifest.getMainAttributes().putValue("Import-Package", fewer);
        });
        HostServices services = HostServices.forInterfaces(referencedInterfaces(jar));
        try (SpringDmHost own = SpringDmHost.start(FOLDER.newFolder().toPath(), services.services())) {
            SpringDmHost.Boot failed = own.boot(broken);

            assertFailedWith(failed, "com.atlassian.cache");
            Map<String, String> unlinkable = unlinkable(failed.bundle(), jar);
            assertTrue(unlinkable.toString(), unlinkable.containsKey("com.atlassian.cache.CacheManager"));
            // Only the cache's own types and the two adapters that use it: the rest of the plugin still links.
            Set<String> users = Set.of("io.promisedesk.jira.cache.AtlassianChangeMarks",
                    "io.promisedesk.jira.health.JiraClusterProbe");
            assertTrue(unlinkable.toString(), unlinkable.keySet().stream()
                    .allMatch(type -> type.startsWith("com.atlassian.cache.") || users.contains(type)));
        }
    }

    private Map<String, String> buildAll(Collection<String> classNames) throws ClassNotFoundException {
        SpringContext context = boot.springContext();
        Map<String, String> problems = new TreeMap<>();
        for (String name : classNames) {
            Class<?> type = boot.bundle().loadClass(name);
            try {
                Object built = context.createModule(type);
                if (built == null || built.getClass() != type) {
                    problems.put(name, "built " + built);
                }
            } catch (RuntimeException | LinkageError e) {
                problems.put(name, e.toString());
            }
        }
        return problems;
    }

    private static List<ServiceReference<LifecycleAware>> lifecycleServices(Bundle bundle) throws Exception {
        return host.systemContext().getServiceReferences(LifecycleAware.class, null).stream()
                .filter(reference -> reference.getBundle() == bundle)
                .toList();
    }

    /** Boots {@code pluginJar} in a Felix of its own, beside the given services, and stops that Felix. */
    private static SpringDmHost.Boot bootAlone(Path pluginJar, Map<String, Object> services) throws Exception {
        try (SpringDmHost own = SpringDmHost.start(FOLDER.newFolder().toPath(), services)) {
            return own.boot(pluginJar);
        }
    }

    private static void assertFailedWith(SpringDmHost.Boot boot, String text) {
        assertNotNull("the context started, though it should not have", boot.failure());
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = boot.failure(); cause != null; cause = cause.getCause()) {
            messages.append(cause).append('\n');
        }
        assertTrue("the failure does not name " + text + ":\n" + messages, messages.toString().contains(text));
    }

    /**
     * Each class of the jar the bundle cannot load, or whose declared members or constant-pool references it cannot
     * load, by the type that failed, with the first class of ours that needs it.
     */
    static Map<String, String> unlinkable(Bundle bundle, PluginJar jar) throws IOException {
        Map<String, String> problems = new TreeMap<>();
        for (String entry : jar.classEntries()) {
            String name = binaryName(entry);
            try {
                Class<?> type = bundle.loadClass(name);
                type.getDeclaredFields();
                type.getDeclaredMethods();
                type.getDeclaredConstructors();
            } catch (ClassNotFoundException | LinkageError e) {
                problems.putIfAbsent(name, e.toString());
            }
            for (String referenced : ClassReferences.types(jar.bytes(entry))) {
                try {
                    bundle.loadClass(referenced);
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.putIfAbsent(referenced, "needed by " + name + ": " + e);
                }
            }
        }
        return problems;
    }

    /** The interfaces the plugin's OSGi references import, from every context file of the jar. */
    private static Set<String> referencedInterfaces(PluginJar jar) {
        Set<String> interfaces = new LinkedHashSet<>();
        for (String file : jar.springContexts()) {
            for (Element element : PluginJar.elements(jar.xml(file))) {
                if (GEMINI.equals(element.getNamespaceURI()) && element.getLocalName().equals("reference")) {
                    interfaces.add(element.getAttribute("interface"));
                }
            }
        }
        assertFalse("no OSGi reference in the plugin's XML", interfaces.isEmpty());
        return interfaces;
    }

    private static Set<String> moduleClassNames(Document descriptor) {
        Set<String> names = new TreeSet<>();
        for (Element element : PluginJar.elements(descriptor)) {
            if (element.getAttribute("class").startsWith("io.promisedesk.")) {
                names.add(element.getAttribute("class"));
            }
        }
        return names;
    }

    /**
     * A copy of the plugin jar with one entry's text edited (none when {@code entry} is null) and its manifest edited,
     * everything else as it is.
     */
    private static Path modifiedCopy(String entry, UnaryOperator<String> edit, Consumer<Manifest> manifestEdit)
            throws IOException {
        Path copy = FOLDER.newFile("broken-" + System.nanoTime() + ".jar").toPath();
        try (JarFile original = new JarFile(PluginJar.PATH.toFile())) {
            Manifest manifest = new Manifest(original.getManifest());
            manifestEdit.accept(manifest);
            try (OutputStream file = Files.newOutputStream(copy);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry source : original.stream().toList()) {
                    if (source.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(source.getName()));
                    try (InputStream in = original.getInputStream(source)) {
                        byte[] bytes = in.readAllBytes();
                        if (source.getName().equals(entry)) {
                            String edited = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                            bytes = edited.getBytes(StandardCharsets.UTF_8);
                        }
                        out.write(bytes);
                    }
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertTrue("no " + target + " to replace", text.contains(target));
        return text.replaceFirst(Pattern.quote(target), replacement);
    }

    private static String binaryName(String classEntry) {
        return classEntry.substring(0, classEntry.length() - ".class".length()).replace('/', '.');
    }

    private static List<String> missing(Set<String> ids, List<String> names) {
        List<String> missing = new ArrayList<>(ids);
        missing.removeAll(names);
        return missing;
    }
}
