package io.promisedesk.jira.packaging;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertTrue;

/**
 * Apache Felix set up the way Jira's plugin system sets it up, with the real Spring DM machinery in it: Spring 5.3 and
 * Eclipse Gemini Blueprint's extender as bundles, Jira's API exported by the system bundle from the class path and
 * Jira's services registered by the system bundle (stand-ins here), then a plugin started and its Spring context
 * awaited.
 *
 * <p>As in Atlassian's {@code FelixOsgiContainerManager}: host packages through
 * {@code org.osgi.framework.system.packages.extra}, host components as services of the system bundle, its boot
 * delegation list, implicit boot delegation off, the framework class loader as bundles' parent.
 */
final class SpringDmHost implements AutoCloseable {
    /**
     * How long the extender waits for a context's mandatory OSGi references before it fails the context (Gemini's
     * {@code dependencies.wait.time}; Jira sets its own, 300 s by default, through the same property).
     */
    static final Duration DEPENDENCY_WAIT = Duration.ofSeconds(4);
    /** How long a plugin may take to report its context started or failed, waiting for references included. */
    static final Duration BOOT_LIMIT = DEPENDENCY_WAIT.plusSeconds(26);

    private static final Path BUNDLES = Path.of(System.getProperty("boot.bundles", "target/boot-bundles"));
    /** The framework bundles, in the order they are installed; each is a file name's start in BUNDLES. */
    private static final List<String> FRAMEWORK_BUNDLES = List.of("commons-logging-",
            "org.apache.servicemix.bundles.aopalliance-", "org.apache.servicemix.bundles.spring-core-",
            "org.apache.servicemix.bundles.spring-beans-", "org.apache.servicemix.bundles.spring-aop-",
            "org.apache.servicemix.bundles.spring-expression-", "org.apache.servicemix.bundles.spring-context-",
            "gemini-blueprint-io-", "gemini-blueprint-core-", "gemini-blueprint-extender-");
    /** Atlassian's default boot delegation (FelixOsgiContainerManager), there for JAXP and profilers. */
    private static final String BOOT_DELEGATION = "weblogic,weblogic.*,META-INF.services,com.yourkit,com.yourkit.*,"
            + "com.jprofiler,com.jprofiler.*,org.apache.xerces,org.apache.xerces.*,org.apache.xalan,org.apache.xalan.*,"
            + "sun.*,com.icl.saxon";
    private static final String LISTENER =
            "org.eclipse.gemini.blueprint.context.event.OsgiBundleApplicationContextListener";

    /**
     * Spring and Gemini log through Commons Logging to java.util.logging, a page per boot; what matters reaches the
     * tests as the extender's events, failures with their causes. Held here: the log manager holds loggers weakly.
     */
    private static final List<Logger> QUIETENED = Stream.of("org.eclipse.gemini.blueprint", "org.springframework")
            .map(name -> {
                Logger logger = Logger.getLogger(name);
                logger.setLevel(Level.OFF);
                return logger;
            })
            .toList();

    private final Framework framework;
    private final Path work;
    private final Map<Long, CompletableFuture<Object>> started = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Void>> closed = new ConcurrentHashMap<>();

    private SpringDmHost(Framework framework, Path work) {
        this.framework = framework;
        this.work = work;
    }

    /**
     * Starts Felix with Jira 10.3's exports, registers {@code services} (interface name to object) from the system
     * bundle as Jira registers its host components, and starts the Spring and Gemini bundles.
     */
    static SpringDmHost start(Path work, Map<String, Object> services) throws IOException, BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, Files.createDirectories(work.resolve("felix-cache")).toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, JiraExports.JIRA_10_3.entrySet().stream()
                .map(export -> export.getKey() + ";version=\"" + export.getValue() + "\"")
                .collect(Collectors.joining(",")));
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, BOOT_DELEGATION);
        config.put("felix.bootdelegation.implicit", "false");
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        SpringDmHost host = new SpringDmHost(framework, work);
        try {
            BundleContext system = framework.getBundleContext();
            services.forEach((name, service) -> system.registerService(name, service, null));
            host.startFrameworkBundles();
        } catch (IOException | BundleException | RuntimeException e) {
            host.close();
            throw e;
        }
        return host;
    }

    private void startFrameworkBundles() throws IOException, BundleException {
        assertTrue("the boot bundles are copied by mvn verify (pre-integration-test): " + BUNDLES.toAbsolutePath(),
                Files.isDirectory(BUNDLES));
        BundleContext system = framework.getBundleContext();
        install(extenderConfiguration());
        List<Bundle> installed = new ArrayList<>();
        for (String prefix : FRAMEWORK_BUNDLES) {
            installed.add(install(frameworkBundle(prefix)));
        }
        for (Bundle bundle : installed) {
            bundle.start();
            if (bundle.getSymbolicName().equals("org.eclipse.gemini.blueprint.core")) {
                registerContextListener(bundle);
            }
        }
    }

    private static Path frameworkBundle(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<Path> matching = files.filter(file -> file.getFileName().toString().startsWith(prefix)).toList();
            assertTrue("exactly one " + prefix + "*.jar in " + BUNDLES + ": " + matching, matching.size() == 1);
            return matching.get(0);
        }
    }

    /**
     * A fragment of the extender with its configuration (META-INF/spring/extender), the way Jira configures the
     * extender: here only the wait for mandatory references, short, so that a missing service fails fast.
     */
    private Path extenderConfiguration() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "io.promisedesk.boot-test.extender-configuration");
        main.putValue(Constants.FRAGMENT_HOST, "org.eclipse.gemini.blueprint.extender");
        String xml = """
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">
                    <bean id="extenderProperties"
                          class="org.springframework.beans.factory.config.PropertiesFactoryBean">
                        <property name="properties">
                            <props>
                                <prop key="dependencies.wait.time">%d</prop>
                            </props>
                        </property>
                    </bean>
                </beans>""".formatted(DEPENDENCY_WAIT.toMillis());
        Path jar = Files.createTempFile(work, "extender-configuration", ".jar");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("META-INF/spring/extender/boot-test.xml"));
            out.write(xml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /**
     * Gemini tells every {@code OsgiBundleApplicationContextListener} service of each context's start, failure and
     * close; the interface is Gemini's, so the listener is a proxy of it, made in Gemini's class loader.
     */
    private void registerContextListener(Bundle geminiCore) {
        Class<?> listenerType;
        try {
            listenerType = geminiCore.loadClass(LISTENER);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Gemini Blueprint core has no " + LISTENER, e);
        }
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "onOsgiApplicationEvent" -> {
                onContextEvent(args[0]);
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "boot test context listener";
            default -> null;
        };
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType}, handler);
        framework.getBundleContext().registerService(LISTENER, listener, null);
    }

    private void onContextEvent(Object event) throws ReflectiveOperationException {
        Bundle bundle = (Bundle) call(event, "getBundle");
        switch (kind(event.getClass())) {
            case "OsgiBundleContextRefreshedEvent" -> startedOf(bundle).complete(call(event, "getApplicationContext"));
            case "OsgiBundleContextFailedEvent" -> startedOf(bundle)
                    .completeExceptionally((Throwable) call(event, "getFailureCause"));
            case "OsgiBundleContextClosedEvent" -> closedOf(bundle).complete(null);
            default -> {
                // Other events (a context waiting for references, for instance) end nothing.
            }
        }
    }

    /** The event's kind: the first of Gemini's three we wait for among its classes (a timeout's event extends one). */
    private static String kind(Class<?> type) {
        for (Class<?> kind = type; kind != null; kind = kind.getSuperclass()) {
            if (kind.getName().startsWith("org.eclipse.gemini.blueprint.context.event.OsgiBundleContext")) {
                return kind.getSimpleName();
            }
        }
        return type.getSimpleName();
    }

    private CompletableFuture<Object> startedOf(Bundle bundle) {
        return started.computeIfAbsent(bundle.getBundleId(), id -> new CompletableFuture<>());
    }

    private CompletableFuture<Void> closedOf(Bundle bundle) {
        return closed.computeIfAbsent(bundle.getBundleId(), id -> new CompletableFuture<>());
    }

    Bundle install(Path jar) throws IOException, BundleException {
        try (InputStream in = Files.newInputStream(jar)) {
            return framework.getBundleContext().installBundle(jar.toUri().toString(), in);
        }
    }

    /** A plugin's start, as Jira's plugin system starts a plugin: its bundle started, its context awaited. */
    record Boot(Bundle bundle, Object context, Throwable failure, Duration took) {
        SpringContext springContext() {
            if (failure != null) {
                throw new AssertionError("the plugin's Spring context failed to start", failure);
            }
            return new SpringContext(context);
        }

        ClassLoader classLoader() {
            return bundle.adapt(BundleWiring.class).getClassLoader();
        }
    }

    /** Installs and starts the plugin, then waits at most BOOT_LIMIT for the extender to report its context. */
    Boot boot(Path pluginJar) throws IOException, BundleException, InterruptedException {
        Bundle bundle = install(pluginJar);
        CompletableFuture<Object> context = startedOf(bundle);
        long start = System.nanoTime();
        bundle.start();
        try {
            Object started = context.get(BOOT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return new Boot(bundle, started, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (ExecutionException failed) {
            return new Boot(bundle, null, failed.getCause(), Duration.ofNanos(System.nanoTime() - start));
        } catch (TimeoutException e) {
            throw new AssertionError("the extender reported neither a started nor a failed context for "
                    + bundle.getSymbolicName() + " within " + BOOT_LIMIT + " (bundle state " + bundle.getState() + ")");
        }
    }

    /** Stops the bundle, as Jira does to disable a plugin, and waits for the extender to close its context. */
    void stop(Bundle bundle) throws BundleException, InterruptedException {
        CompletableFuture<Void> contextClosed = closedOf(bundle);
        bundle.stop();
        try {
            contextClosed.get(BOOT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the context of " + bundle.getSymbolicName() + " did not close within "
                    + BOOT_LIMIT, e);
        }
    }

    BundleContext systemContext() {
        return framework.getBundleContext();
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            throw new AssertionError("Felix did not stop", e);
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method getter = target.getClass().getMethod(method);
        getter.setAccessible(true);
        return getter.invoke(target);
    }
}
