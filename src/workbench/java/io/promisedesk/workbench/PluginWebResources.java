package io.promisedesk.workbench;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's web resources as its packaged descriptor declares them, at the addresses Jira serves single resources
 * from ({@code /download/resources/PLUGIN:MODULE/NAME}), so the workbench shows exactly the CSS the plugin ships.
 */
final class PluginWebResources {
    static final String PATH = "/download/resources/";
    static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final PluginWebResources PACKAGED = read(DESCRIPTOR);

    /** "PLUGIN:MODULE/NAME" to the resource's class path location. */
    private final Map<String, String> locations;

    private PluginWebResources(Map<String, String> locations) {
        this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    }

    /** The resources of the descriptor packaged with the plugin's classes (read once, as Jira reads it on install). */
    static PluginWebResources packaged() {
        return PACKAGED;
    }

    /** The stylesheets' addresses, in the descriptor's order. */
    List<String> stylesheets() {
        return locations.keySet().stream().filter(each -> each.endsWith(".css")).map(each -> PATH + each).toList();
    }

    /** The content served at {@code PATH + name}; empty for anything the descriptor does not declare. */
    Optional<byte[]> content(String name) {
        String location = locations.get(name);
        if (location == null) {
            return Optional.empty();
        }
        try (InputStream in = PluginWebResources.class.getClassLoader().getResourceAsStream(location)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PluginWebResources read(String descriptorResource) {
        Document descriptor = parse(descriptorResource);
        String pluginKey = descriptor.getDocumentElement().getAttribute("key");
        Map<String, String> locations = new LinkedHashMap<>();
        for (Element module : children(descriptor.getDocumentElement(), "web-resource")) {
            for (Element resource : children(module, "resource")) {
                if (resource.getAttribute("type").equals("download")) {
                    String location = resource.getAttribute("location");
                    locations.put(pluginKey + ":" + module.getAttribute("key") + "/" + resource.getAttribute("name"),
                            location.startsWith("/") ? location.substring(1) : location);
                }
            }
        }
        return new PluginWebResources(locations);
    }

    static Document parse(String descriptorResource) {
        try (InputStream in = PluginWebResources.class.getClassLoader().getResourceAsStream(descriptorResource)) {
            if (in == null) {
                throw new IllegalStateException(descriptorResource + " is not on the class path: compile the plugin first");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + descriptorResource + ": " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String tagName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tagName)) {
                found.add(element);
            }
        }
        return found;
    }
}
