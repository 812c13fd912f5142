package io.promisedesk.jira.packaging;

import io.promisedesk.jira.packaging.ManifestHeaders.Clause;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The OSGi manifest Jira's plugin system reads: a transformerless plugin that imports exactly what it uses. */
public class BundleManifestIT {
    private static final String JAX_RS_2 = "[2.0.0,3.0.0)";

    private static PluginJar jar;
    private static Element descriptor;

    @BeforeClass
    public static void openJar() throws IOException {
        jar = PluginJar.open();
        descriptor = jar.xml("atlassian-plugin.xml").getDocumentElement();
    }

    @Test
    public void pluginKeyAndSymbolicName_areTheDescriptorsKey() {
        String key = descriptor.getAttribute("key");

        assertEquals("io.promisedesk.promise-desk", key);
        assertEquals(key, header("Atlassian-Plugin-Key"));
        assertEquals(key, header("Bundle-SymbolicName"));
        assertEquals("2", header("Bundle-ManifestVersion"));
    }

    @Test
    public void bundleVersion_isThePluginVersionInOsgiForm() {
        String version = descriptor.getElementsByTagName("version").item(0).getTextContent();

        assertEquals(version.replace('-', '.'), header("Bundle-Version"));
    }

    @Test
    public void springContext_isEverythingUnderMetaInfSpring() {
        assertEquals("*", header("Spring-Context"));
    }

    @Test
    public void nothingIsExported() {
        assertNull(header("Export-Package"));
    }

    @Test
    public void theCommandLineStillRuns_mainClassIsKept() {
        assertEquals("io.promisedesk.cli.PromiseDeskCli", header("Main-Class"));
    }

    @Test
    public void jaxRs_isImportedAtTheTwoLineOnly() {
        Map<String, String> jaxRs = imports().stream()
                .filter(clause -> clause.name().startsWith("javax.ws.rs"))
                .collect(Collectors.toMap(Clause::name, clause -> String.valueOf(clause.version())));

        // container and ext for the request and response filters (jira.rest.JsonOnlyWrites, NoSniffResponses).
        assertEquals(Map.of("javax.ws.rs", JAX_RS_2, "javax.ws.rs.core", JAX_RS_2, "javax.ws.rs.container", JAX_RS_2,
                "javax.ws.rs.ext", JAX_RS_2), jaxRs);
    }

    @Test
    public void theServletApi_isImportedWithoutAVersion_asAtlassiansJira10PluginsDo() {
        List<Clause> servlet = imports().stream().filter(clause -> clause.name().startsWith("javax.servlet")).toList();

        // javax.servlet for the download's ServletOutputStream.
        assertEquals(Set.of(new Clause("javax.servlet", Map.of()), new Clause("javax.servlet.http", Map.of())),
                Set.copyOf(servlet));
    }

    @Test
    public void javaMail_isImportedOptionally_withoutAVersion() {
        List<Clause> javaMail = imports().stream().filter(clause -> clause.name().startsWith("javax.mail")).toList();

        // No Jira 10 source shows Jira exporting javax.mail: without it the plugin still installs, and the digests
        // go out as HTML only (jira.digest.DigestEmailForm).
        assertEquals(Set.of(new Clause("javax.mail", Map.of("resolution", "optional")),
                new Clause("javax.mail.internet", Map.of("resolution", "optional"))), Set.copyOf(javaMail));
    }

    @Test
    public void atlassianPackages_areImportedWithoutAVersion() {
        List<Clause> atlassian = imports().stream().filter(clause -> clause.name().startsWith("com.atlassian.")).toList();

        // Which packages is importsAreExactlyThePackagesOurClassesReferTo's business; here: none carries a version.
        assertTrue(atlassian.contains(new Clause("com.atlassian.plugins.rest.api.security.annotation", Map.of())));
        assertTrue(atlassian.contains(new Clause("com.atlassian.jira.security", Map.of())));
        assertEquals(List.of(), atlassian.stream().filter(clause -> !clause.parameters().isEmpty()).toList());
    }

    @Test
    public void activeObjectsPackages_areImportedWithoutAVersion() {
        List<Clause> activeObjects = imports().stream().filter(clause -> clause.name().startsWith("net.java.ao"))
                .toList();

        assertEquals(List.of(new Clause("net.java.ao", Map.of()), new Clause("net.java.ao.schema", Map.of())),
                activeObjects);
    }

    @Test
    public void noTestOrBenchmarkPackage_isImported() {
        List<String> leaked = imports().stream().map(Clause::name)
                .filter(name -> name.startsWith("org.junit") || name.startsWith("junit") || name.startsWith("org.openjdk")
                        || name.startsWith("org.apache.felix") || name.startsWith("org.glassfish")
                        || name.startsWith("io.promisedesk"))
                .toList();

        assertEquals(List.of(), leaked);
    }

    @Test
    public void importsAreExactlyThePackagesOurClassesReferTo() throws IOException {
        Set<String> ownPackages = jar.classEntries().stream()
                .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toSet());
        Set<String> referenced = new TreeSet<>();
        for (String classEntry : jar.classEntries()) {
            referenced.addAll(ClassReferences.packages(jar.bytes(classEntry)));
        }
        // The JDK's own packages come from the boot class path, never from an import.
        referenced.removeIf(name -> name.startsWith("java.") || ownPackages.contains(name));

        Set<String> imported = imports().stream().map(Clause::name).collect(Collectors.toCollection(TreeSet::new));

        // Missing: a class fails to load in Jira. Extra: something leaked in. A package that only Spring XML
        // names (Gemini Blueprint) will have to be listed here beside the referenced ones.
        assertEquals(referenced, imported);
        assertFalse(imported.isEmpty());
    }

    private static String header(String name) {
        return jar.manifest().getValue(name);
    }

    private static List<Clause> imports() {
        return ManifestHeaders.clauses(header("Import-Package"));
    }
}
