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
        install("jira-10.3-host", hostJar(JiraExports.JIRA_10_3));
        Bundle plugin = installPlugin();

        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertTrue("the plugin did not resolve", resolved);
        assertEquals(Bundle.RESOLVED, plugin.getState());
        assertEquals("io.promisedesk.promise-desk", plugin.getSymbolicName());
    }

    @Test
    public void pluginJar_resolvesWithoutJavaMail_leavingThatImportUnwired() throws Exception {
        Map<String, String> withoutJavaMail = new LinkedHashMap<>(JiraExports.JIRA_10_3);
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
        Map<String, String> jakartaEra = JiraExports.JIRA_10_3.entrySet().stream().collect(Collectors.toMap(
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
}
