package io.promisedesk.rendering;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods a plugin descriptor allows templates to call: every {@code <method>} of every
 * {@code <velocity-allowlist>} module, in Jira 10's form {@code fq.Class#method(paramTypes)} (see
 * docs/research/jira-core-api.md item 13). A plugin may list only its own classes, so each must be under
 * {@code io.promisedesk}.
 *
 * <p>A template does not say which class it calls a method on, so a call matches an entry by method name and number
 * of arguments: {@code $x.title} by {@code getTitle()}, {@code gettitle()} or {@code isTitle()},
 * {@code #set($x.title = ..)} by {@code setTitle(T)}, {@code $x[0]} by {@code get(T)}.
 */
public final class VelocityAllowlist {
    private static final Pattern METHOD =
            Pattern.compile("((?:[a-z_][\\w]*\\.)+[A-Z][\\w$]*)#([A-Za-z_]\\w*)\\(([^()]*)\\)");
    private static final String OWN_PACKAGE = "io.promisedesk.";

    private final List<Entry> entries;

    private VelocityAllowlist(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** One allowed method, with the fully qualified names of its parameter types. */
    public record Entry(String module, String className, String method, List<String> parameterTypes) {
        public Entry {
            parameterTypes = List.copyOf(parameterTypes);
        }

        public int parameters() {
            return parameterTypes.size();
        }
    }

    /** Reads a descriptor with the JDK's DOM parser; a malformed or foreign entry is refused. */
    public static VelocityAllowlist fromDescriptor(String descriptorXml) {
        Document document = parse(descriptorXml);
        List<Entry> entries = new ArrayList<>();
        NodeList modules = document.getDocumentElement().getElementsByTagName("velocity-allowlist");
        for (int m = 0; m < modules.getLength(); m++) {
            Element module = (Element) modules.item(m);
            String key = module.getAttribute("key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("a <velocity-allowlist> module without a key");
            }
            NodeList methods = module.getElementsByTagName("method");
            for (int i = 0; i < methods.getLength(); i++) {
                entries.add(entry(key, methods.item(i).getTextContent().strip()));
            }
        }
        return new VelocityAllowlist(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether some entry covers the call. */
    public boolean allows(VelocityCalls.Call call) {
        return entries.stream().anyMatch(entry -> covers(entry, call));
    }

    /**
     * Whether some entry names {@code method} as called on an object of class {@code target}: the entry's class is the
     * target's class or the class that declares the method, and the parameter types are the same.
     */
    public boolean allows(Class<?> target, Method method) {
        List<String> parameterTypes = Arrays.stream(method.getParameterTypes()).map(Class::getName).toList();
        return entries.stream().anyMatch(entry -> entry.method().equals(method.getName())
                && entry.parameterTypes().equals(parameterTypes)
                && (entry.className().equals(target.getName())
                        || entry.className().equals(method.getDeclaringClass().getName())));
    }

    private static boolean covers(Entry entry, VelocityCalls.Call call) {
        String name = call.name();
        String capitalized = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return switch (call.kind()) {
            case METHOD, INDEX -> entry.method().equals(name) && entry.parameters() == call.arguments();
            case PROPERTY -> entry.parameters() == 0 && (entry.method().equals("get" + capitalized)
                    || entry.method().equals("get" + name) || entry.method().equals("is" + capitalized));
            case SET -> entry.parameters() == 1 && entry.method().equals("set" + capitalized);
        };
    }

    private static Entry entry(String module, String text) {
        Matcher matcher = METHOD.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("velocity-allowlist " + module + ": not of the form"
                    + " fully.qualified.Class#method(types): " + text);
        }
        if (!matcher.group(1).startsWith(OWN_PACKAGE)) {
            throw new IllegalArgumentException("velocity-allowlist " + module + ": a plugin may allow only its own"
                    + " classes, not " + matcher.group(1));
        }
        String parameters = matcher.group(3).strip();
        List<String> types = parameters.isEmpty() ? List.of()
                : Arrays.stream(parameters.split(",", -1)).map(String::strip).toList();
        return new Entry(module, matcher.group(1), matcher.group(2), types);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("the descriptor is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
