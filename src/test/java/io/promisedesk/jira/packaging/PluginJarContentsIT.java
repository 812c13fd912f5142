package io.promisedesk.jira.packaging;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** What Jira finds in the jar: our classes only, every class the descriptor and the wiring name, every text. */
public class PluginJarContentsIT {
    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    /** Elements whose key attribute is an i18n key, not a module key. */
    private static final Set<String> TEXT_ELEMENTS = Set.of("name", "description", "label", "tooltip", "title");

    private static PluginJar jar;

    @BeforeClass
    public static void openJar() throws IOException {
        jar = PluginJar.open();
    }

    @Test
    public void jar_holdsNoDeclarationOfAnAtlassianOrActiveObjectsType() {
        List<String> declarations = jar.entryNames().stream()
                .filter(name -> name.startsWith("com/atlassian/") || name.startsWith("net/java/ao/")
                        || name.startsWith("org/apache/log4j/"))
                .toList();

        assertEquals(List.of(), declarations);
    }

    /** Jira provides AUI and the design tokens (atlassian-plugin.xml depends on them); the workbench's copy stays out. */
    @Test
    public void jar_holdsNoCopyOfAuiOrTheDesignTokens() {
        List<String> copies = jar.entryNames().stream()
                .filter(name -> name.contains("node_modules") || name.matches("(?i).*(aui-prototyping|@atlassian|atlaskit).*"))
                .toList();

        assertEquals(List.of(), copies);
        assertTrue(jar.contains("css/promisedesk.css"));
    }

    @Test
    public void jar_holdsOurClassesOnly_noTestOrBenchmarkClass() {
        List<String> foreign = jar.classEntries().stream()
                .filter(name -> !name.startsWith("io/promisedesk/") || name.startsWith("io/promisedesk/bench/")
                        || name.startsWith("io/promisedesk/jira/packaging/"))
                .toList();

        assertEquals(List.of(), foreign);
        assertTrue(jar.contains("io/promisedesk/jira/rest/ScenarioAssessResource.class"));
    }

    @Test
    public void everyClassNamedByTheDescriptorOrTheSpringWiring_isInTheJar() {
        Set<String> missing = new TreeSet<>(missingClasses(jar.xml(DESCRIPTOR), jar.entryNames()));
        for (String context : jar.springContexts()) {
            missing.addAll(missingClasses(jar.xml(context), jar.entryNames()));
        }

        assertEquals(Set.of(), missing);
        assertFalse("Spring-Context: * needs at least one context file", jar.springContexts().isEmpty());
    }

    @Test
    public void theClassCheck_reportsAClassThatIsNotInTheJar() {
        Document descriptor = PluginJar.parse("""
                <atlassian-plugin key="k">
                    <servlet key="s" class="io.promisedesk.jira.Missing"><condition class="io.promisedesk.A"/></servlet>
                    <bean id="clock" class="java.time.Clock" factory-method="systemDefaultZone"/>
                    <bean id="c" class="javax.Missing"/>
                </atlassian-plugin>""");

        Set<String> missing = missingClasses(descriptor, Set.of("io/promisedesk/A.class"));

        assertEquals(Set.of("io.promisedesk.jira.Missing", "javax.Missing"), missing);
    }

    @Test
    public void everyResourceLocationOfTheDescriptor_isInTheJar() {
        Set<String> missing = missingResources(jar.xml(DESCRIPTOR), jar.entryNames());

        assertEquals(Set.of(), missing);
    }

    @Test
    public void theResourceCheck_reportsALocationThatIsNotInTheJar_andReadsFoldersAndLeadingSlashes() {
        Document descriptor = PluginJar.parse("""
                <atlassian-plugin key="k">
                    <resource type="i18n" name="i18n" location="i18n/texts"/>
                    <resource type="download" name="images/" location="images/"/>
                    <web-resource key="w">
                        <resource type="download" name="a.css" location="/css/a.css"/>
                        <resource type="download" name="b.css" location="css/b.css"/>
                    </web-resource>
                    <web-panel key="p"><resource name="view" type="velocity" location="templates/p.vm"/></web-panel>
                </atlassian-plugin>""");

        Set<String> missing = missingResources(descriptor, Set.of("images/logo.png", "css/a.css"));

        assertEquals(Set.of("css/b.css", "templates/p.vm"), missing);
    }

    @Test
    public void theI18nResource_isInTheJarInEnglishAndDutch() {
        String base = i18nBase(jar.xml(DESCRIPTOR));

        assertTrue(base + ".properties", jar.contains(base + ".properties"));
        assertTrue(base + "_nl.properties", jar.contains(base + "_nl.properties"));
    }

    @Test
    public void everyI18nKeyOfTheDescriptor_isInTheEnglishAndTheDutchBundle() throws IOException {
        Document descriptor = jar.xml(DESCRIPTOR);
        String base = i18nBase(descriptor);
        Set<String> keys = i18nKeys(descriptor);

        for (String bundle : List.of(base + ".properties", base + "_nl.properties")) {
            Properties texts = jar.properties(bundle);
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(texts.stringPropertyNames());
            assertEquals("keys missing from " + bundle, Set.of(), missing);
        }
        assertFalse("the descriptor names its modules through i18n keys", keys.isEmpty());
    }

    /** Class attributes at any depth whose class is not an entry of the jar, nor a class of the JDK's java.* packages. */
    private static Set<String> missingClasses(Document document, Set<String> entryNames) {
        Set<String> missing = new TreeSet<>();
        for (Element element : PluginJar.elements(document)) {
            String className = element.getAttribute("class");
            // The wiring makes the wall clock from java.time.Clock, which every JVM has.
            boolean jdk = className.startsWith("java.");
            if (!className.isEmpty() && !jdk && !entryNames.contains(className.replace('.', '/') + ".class")) {
                missing.add(className);
            }
        }
        return missing;
    }

    /**
     * Resource locations at any depth (templates, web resources) that are no entry of the jar; a location ending in
     * "/" is a folder, present when some entry lies in it. The i18n resource names a bundle's base name, checked above.
     */
    private static Set<String> missingResources(Document document, Set<String> entryNames) {
        Set<String> missing = new TreeSet<>();
        for (Element element : PluginJar.elements(document)) {
            boolean bundle = element.getAttribute("type").equals("i18n");
            String location = element.getAttribute("location").replaceFirst("^/", "");
            if (!element.getTagName().equals("resource") || bundle || location.isEmpty()) {
                continue;
            }
            boolean present = location.endsWith("/")
                    ? entryNames.stream().anyMatch(name -> name.startsWith(location))
                    : entryNames.contains(location);
            if (!present) {
                missing.add(location);
            }
        }
        return missing;
    }

    private static String i18nBase(Document descriptor) {
        List<Element> resources = PluginJar.elements(descriptor).stream()
                .filter(element -> element.getTagName().equals("resource") && element.getAttribute("type").equals("i18n"))
                .toList();
        assertEquals("one i18n resource", 1, resources.size());
        String location = resources.get(0).getAttribute("location");
        // Jira accepts the base name with dots or slashes.
        return location.contains("/") ? location : location.replace('.', '/');
    }

    private static Set<String> i18nKeys(Document descriptor) {
        Set<String> keys = new TreeSet<>();
        for (Element element : PluginJar.elements(descriptor)) {
            if (element.hasAttribute("i18n-name-key")) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
            if (TEXT_ELEMENTS.contains(element.getTagName()) && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
        }
        return keys;
    }
}
