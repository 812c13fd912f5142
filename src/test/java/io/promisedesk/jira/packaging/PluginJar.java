package io.promisedesk.jira.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The packaged plugin, target/promise-desk.jar, read the way Jira reads it: entries, manifest and XML. */
final class PluginJar {
    /** Failsafe passes the jar's path; the fallback lets an IDE run the tests after mvn package. */
    static final Path PATH = Path.of(System.getProperty("plugin.jar", "target/promise-desk.jar"));

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Manifest manifest;

    private PluginJar(Path path) throws IOException {
        assertTrue("build the jar first (mvn package): " + path.toAbsolutePath(), Files.isRegularFile(path));
        try (JarFile jar = new JarFile(path.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                if (!entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            manifest = jar.getManifest();
        }
        assertNotNull("the jar has no manifest", manifest);
    }

    static PluginJar open() throws IOException {
        return new PluginJar(PATH);
    }

    Set<String> entryNames() {
        return new TreeSet<>(entries.keySet());
    }

    boolean contains(String entryName) {
        return entries.containsKey(entryName);
    }

    byte[] bytes(String entryName) {
        byte[] bytes = entries.get(entryName);
        assertNotNull("the jar has no " + entryName, bytes);
        return bytes;
    }

    Attributes manifest() {
        return manifest.getMainAttributes();
    }

    Document xml(String entryName) {
        return parse(new String(bytes(entryName), StandardCharsets.UTF_8));
    }

    Properties properties(String entryName) throws IOException {
        Properties properties = new Properties();
        // Our bundles are UTF-8 (see their header); Jira reads them the same way.
        properties.load(new StringReader(new String(bytes(entryName), StandardCharsets.UTF_8)));
        return properties;
    }

    /** The Spring XML files Jira loads because of Spring-Context: *. */
    List<String> springContexts() {
        return entries.keySet().stream()
                .filter(name -> name.startsWith("META-INF/spring/") && name.endsWith(".xml"))
                .sorted().toList();
    }

    /** Entry names of the classes of our own packages (not the JMH or test classes, which are never packaged). */
    List<String> classEntries() {
        return entries.keySet().stream().filter(name -> name.endsWith(".class")).sorted().toList();
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Our own files, but no reason to let a parser fetch anything while reading them.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every element of the document, at any depth, in document order. */
    static List<Element> elements(Document document) {
        NodeList all = document.getElementsByTagName("*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }
}
