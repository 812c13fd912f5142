package io.promisedesk.jira;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The root atlassian-plugin.xml and the Spring contexts as they are in the source tree, read with the JDK's DOM. */
public final class PluginDescriptor {
    public static final Path DESCRIPTOR = Path.of("atlassian-plugin.xml");
    public static final Path SPRING = Path.of("src/main/resources/META-INF/spring");

    private PluginDescriptor() {
    }

    public static Document descriptor() {
        return parse(read(DESCRIPTOR));
    }

    /** The text of every {@code META-INF/spring/*.xml}, in name order. */
    public static List<String> springContexts() {
        try (Stream<Path> files = Files.list(SPRING)) {
            return files.filter(path -> path.toString().endsWith(".xml")).sorted().map(PluginDescriptor::read)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module element of the descriptor with this key. */
    public static Optional<Element> module(Document descriptor, String key) {
        return children(descriptor.getDocumentElement()).stream().filter(each -> key.equals(each.getAttribute("key")))
                .findFirst();
    }

    /** Every element under {@code parent} (at any depth) with this tag name. */
    public static List<Element> elements(Element parent, String tagName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tagName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
