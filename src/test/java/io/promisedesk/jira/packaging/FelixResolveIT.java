package io.promisedesk.jira.packaging;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The plugin jar installs and resolves in Apache Felix (the OSGi framework inside Jira) beside a stand-in for Jira
 * that exports what Jira 10.3 exports, and does not resolve against a host whose JAX-RS is 3.0 (jakarta era).
 */
public class FelixResolveIT {
    /**
     * The packages our bundle imports, at the versions Jira 10.3 exports them (docs/research/platform-osgi.md, 6):
     * JAX-RS from the jakarta.ws.rs-api 2.1.6 line, still javax.ws.rs. The REST v2 API package's exported version
     * is not known (atlassian-rest 8.x is likely); our import is unversioned, so it is exported here unversioned.
     * The same for Active Objects (the AO plugin 6.x and net.java.ao 6.x are likely in Platform 7) and SAL's
     * transaction package (SAL 6.x likely): exact Jira 10.3 versions UNVERIFIED, our imports unversioned. Atlassian
     * Cache and Atlassian Event (libraries of Platform 7, versions not looked up) are exported unversioned too.
     * A new import fails this test until its Jira 10.3 export is looked up and added here.
     */
    private static final Map<String, String> JIRA_10_3_EXPORTS = exports(
            "javax.ws.rs", "2.1.6",
            "javax.ws.rs.core", "2.1.6",
            "javax.ws.rs.container", "2.1.6",
            "javax.ws.rs.ext", "2.1.6",
            "javax.ws.rs.client", "2.1.6",
            // JSR-330 1, "likely" in docs/research/platform-osgi.md section 6; our import is unversioned either way.
            "javax.inject", "1.0.0",
            "com.atlassian.plugins.rest.api.security.annotation", "0.0.0",
            // Jira's own packages, the plugin framework's (8.x) and SAL's (6.x): the likely export versions, none
            // confirmed (docs/research/platform-osgi.md, 6). Our imports are unversioned, as in Atlassian's own Jira
            // 10 plugins, so they resolve whatever the version.
            "com.atlassian.jira.issue", "10.3.0",
            "com.atlassian.jira.permission", "10.3.0",
            "com.atlassian.jira.security", "10.3.0",
            "com.atlassian.jira.security.groups", "10.3.0",
            "com.atlassian.jira.security.plugin", "10.3.0",
            "com.atlassian.jira.user", "10.3.0",
            "com.atlassian.plugin.web", "8.0.0",
            "com.atlassian.sal.api", "6.0.0",
            "com.atlassian.activeobjects.external", "0.0.0",
            "com.atlassian.sal.api.transaction", "0.0.0",
            "net.java.ao", "0.0.0",
            "net.java.ao.schema", "0.0.0",
            // Jira's API packages the custom field types use (versions as above: likely, not confirmed).
            "com.atlassian.jira.issue.customfields.impl", "10.3.0",
            "com.atlassian.jira.issue.customfields.manager", "10.3.0",
            "com.atlassian.jira.issue.customfields.persistence", "10.3.0",
            "com.atlassian.jira.issue.customfields.view", "10.3.0",
            "com.atlassian.jira.issue.fields", "10.3.0",
            "com.atlassian.jira.issue.fields.config", "10.3.0",
            "com.atlassian.jira.issue.fields.layout.field", "10.3.0",
            "com.atlassian.jira.util", "10.3.0",
            // The servlets: Servlet 4.0 (Tomcat 9) still javax in Jira 10; the exact export version is UNVERIFIED, so
            // our import is unversioned, as in Atlassian's Jira 10 Slack plugin. SAL's login and XSRF packages and
            // the template renderer: versions UNVERIFIED, imports unversioned.
            "javax.servlet.http", "4.0.0",
            "javax.servlet", "4.0.0",
            "com.atlassian.sal.api.auth", "6.0.0",
            "com.atlassian.sal.api.xsrf", "6.0.0",
            "com.atlassian.templaterenderer", "0.0.0",
            // PageBuilderService (the web resource framework of Platform 7); export version UNVERIFIED, import
            // unversioned, as Atlassian's Jira 10 Slack plugin gets it.
            "com.atlassian.webresource.api.assembler", "0.0.0",
            "com.atlassian.cache", "0.0.0",
            "com.atlassian.event.api", "0.0.0",
            "com.atlassian.jira.bc.issue.search", "10.3.0",
            "com.atlassian.jira.event.issue", "10.3.0",
            "com.atlassian.jira.event.type", "10.3.0",
            "com.atlassian.jira.issue.customfields", "10.3.0",
            "com.atlassian.jira.issue.priority", "10.3.0",
            "com.atlassian.jira.issue.search", "10.3.0",
            "com.atlassian.jira.issue.status", "10.3.0",
            "com.atlassian.jira.issue.status.category", "10.3.0",
            "com.atlassian.jira.web.bean", "10.3.0",
            "com.atlassian.query", "10.3.0",
            // Jira's project lookup; Crowd's embedded API (Crowd's version, not looked up), imported unversioned.
            "com.atlassian.jira.project", "10.3.0",
            "com.atlassian.crowd.embedded.api", "0.0.0",
            "com.atlassian.sal.api.websudo", "6.0.0",
            // Digests: Atlassian Scheduler (5.0.0 likely in Platform 7, docs/research/platform-osgi.md 6), SAL's
            // lifecycle, atlassian-mail, Jira's template, user and config packages, JavaMail 1.6 (still javax in
            // Jira 10; imported optionally, see pluginJar_resolvesWithoutJavaMail) and SLF4J. Export versions
            // UNVERIFIED; our imports are unversioned.
            "com.atlassian.scheduler", "5.0.0",
            "com.atlassian.scheduler.config", "5.0.0",
            "com.atlassian.sal.api.lifecycle", "6.0.0",
            "com.atlassian.mail", "0.0.0",
            "com.atlassian.mail.queue", "0.0.0",
            "com.atlassian.jira.template", "10.3.0",
            "com.atlassian.jira.user.util", "10.3.0",
            "com.atlassian.jira.config", "10.3.0",
            "javax.mail", "1.6.2",
            "javax.mail.internet", "1.6.2",
            "org.slf4j", "1.7.36");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Framework framework;

    @Before
    public void startFelix() throws BundleException, IOException {
        framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, folder.newFolder("felix-cache").getAbsolutePath(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
    }

    @After
    public void stopFelix() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    public void pluginJar_resolvesBesideTheExportsOfJira10_3() throws Exception {
        install("jira-10.3-host", hostJar(JIRA_10_3_EXPORTS));
        Bundle plugin = installPlugin();

        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertTrue("the plugin did not resolve", resolved);
        assertEquals(Bundle.RESOLVED, plugin.getState());
        assertEquals("io.promisedesk.promise-desk", plugin.getSymbolicName());
    }

    @Test
    public void pluginJar_resolvesWithoutJavaMail_leavingThatImportUnwired() throws Exception {
        Map<String, String> withoutJavaMail = new LinkedHashMap<>(JIRA_10_3_EXPORTS);
        withoutJavaMail.keySet().removeIf(name -> name.startsWith("javax.mail"));
        install("host-without-javax-mail", hostJar(withoutJavaMail));
        Bundle plugin = installPlugin();

        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertTrue("the plugin did not resolve without javax.mail", resolved);
        List<String> wired = plugin.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)
                .stream().map(wire -> (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                .toList();
        assertTrue(wired.contains("com.atlassian.mail"));
        assertFalse(wired.toString(), wired.stream().anyMatch(name -> name.startsWith("javax.mail")));
    }

    @Test
    public void pluginJar_doesNotResolveAgainstJaxRs3() throws Exception {
        Map<String, String> jakartaEra = JIRA_10_3_EXPORTS.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, export -> export.getKey().startsWith("javax.ws.rs") ? "3.0.0" : export.getValue(),
                (first, second) -> first, LinkedHashMap::new));
        install("jax-rs-3-host", hostJar(jakartaEra));
        Bundle plugin = installPlugin();

        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertFalse(resolved);
        assertEquals(Bundle.INSTALLED, plugin.getState());
    }

    @Test
    public void pluginJar_doesNotResolveWithoutAHost_soTheImportsAreReallyChecked() throws Exception {
        Bundle plugin = installPlugin();

        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertFalse(resolved);
        assertEquals(Bundle.INSTALLED, plugin.getState());
    }

    private Bundle installPlugin() throws IOException, BundleException {
        return install("promise-desk", PluginJar.PATH);
    }

    private Bundle install(String location, Path jar) throws IOException, BundleException {
        BundleContext context = framework.getBundleContext();
        try (InputStream in = Files.newInputStream(jar)) {
            return context.installBundle(location, in);
        }
    }

    /** A bundle with nothing but a manifest that exports the given packages: enough for the resolver. */
    private Path hostJar(Map<String, String> exports) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "test.jira.host");
        main.putValue(Constants.BUNDLE_VERSION, "10.3.0");
        main.putValue(Constants.EXPORT_PACKAGE, exports.entrySet().stream()
                .map(export -> export.getKey() + ";version=\"" + export.getValue() + "\"")
                .collect(Collectors.joining(",")));
        Path jar = folder.newFile().toPath();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.finish();
        }
        return jar;
    }

    private static Map<String, String> exports(String... packagesAndVersions) {
        Map<String, String> exports = new LinkedHashMap<>();
        for (int i = 0; i < packagesAndVersions.length; i += 2) {
            exports.put(packagesAndVersions[i], packagesAndVersions[i + 1]);
        }
        return exports;
    }
}
