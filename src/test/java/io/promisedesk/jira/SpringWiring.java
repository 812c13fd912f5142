package io.promisedesk.jira;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's Spring contexts as Jira's plugin framework reads them: {@code <bean>}s of ours with explicit
 * constructor arguments and {@code <osgi:reference>}s to Jira's services, checked against the compiled classes.
 * Every check returns the problems it finds, so that tests can show it finds them.
 */
final class SpringWiring {
    private static final String GEMINI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final String BEANS = "http://www.springframework.org/schema/beans";

    /**
     * A bean: its id, class name, the ids its constructor (or factory method) arguments refer to, by position, and
     * its static factory method, empty when the constructor builds it.
     */
    record Bean(String id, String className, List<String> argumentRefs, String factoryMethod) {
    }

    /** An OSGi reference: its id and the interface it imports. */
    record Reference(String id, String interfaceName) {
    }

    private final List<Bean> beans = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    /** Ids defined elsewhere (another context file not in this build yet), with the type each must have. */
    private final Map<String, Class<?>> expectedElsewhere;

    private SpringWiring(Map<String, Class<?>> expectedElsewhere) {
        this.expectedElsewhere = expectedElsewhere;
    }

    static SpringWiring of(List<String> contextXmls, Map<String, Class<?>> expectedElsewhere) {
        SpringWiring wiring = new SpringWiring(expectedElsewhere);
        for (String xml : contextXmls) {
            Document document = parse(xml);
            NodeList beanElements = document.getElementsByTagNameNS(BEANS, "bean");
            for (int i = 0; i < beanElements.getLength(); i++) {
                wiring.beans.add(bean((Element) beanElements.item(i)));
            }
            NodeList referenceElements = document.getElementsByTagNameNS(GEMINI, "reference");
            for (int i = 0; i < referenceElements.getLength(); i++) {
                Element reference = (Element) referenceElements.item(i);
                wiring.references.add(new Reference(reference.getAttribute("id"), reference.getAttribute("interface")));
            }
        }
        return wiring;
    }

    List<Bean> beans() {
        return beans;
    }

    List<Reference> references() {
        return references;
    }

    /** The type each id stands for: a bean's class, a reference's interface, or what another file must give. */
    Map<String, Class<?>> provided() {
        Map<String, Class<?>> provided = new LinkedHashMap<>(expectedElsewhere);
        beans.forEach(bean -> load(bean.className()).ifPresent(type -> provided.put(bean.id(), type)));
        references.forEach(reference -> load(reference.interfaceName()).ifPresent(type -> provided.put(reference.id(), type)));
        return provided;
    }

    /** Beans whose class is missing or not ours, or whose one public constructor does not take their arguments. */
    List<String> beanProblems() {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> provided = provided();
        for (Bean bean : beans) {
            Optional<Class<?>> type = load(bean.className());
            if (!bean.factoryMethod().isEmpty() && bean.className().startsWith("java.")) {
                // A JDK value such as the clock is made by its own static factory, never by a constructor.
                boolean made = type.isPresent() && Arrays.stream(type.get().getMethods())
                        .anyMatch(method -> method.getName().equals(bean.factoryMethod())
                                && Modifier.isStatic(method.getModifiers())
                                && method.getParameterCount() == bean.argumentRefs().size()
                                && type.get().isAssignableFrom(method.getReturnType()));
                if (!made) {
                    problems.add(bean.id() + ": " + bean.className() + " has no static " + bean.factoryMethod() + " of "
                            + bean.argumentRefs().size() + " arguments");
                }
                continue;
            }
            if (type.isEmpty() || !bean.className().startsWith("io.promisedesk.")) {
                problems.add(bean.id() + ": class " + bean.className() + " is not one of ours on the class path");
                continue;
            }
            if (!bean.factoryMethod().isEmpty()) {
                // A value of ours made by its own static factory, such as the digest schedule in a zone.
                List<Method> factories = Arrays.stream(type.get().getMethods())
                        .filter(method -> method.getName().equals(bean.factoryMethod())
                                && Modifier.isStatic(method.getModifiers())
                                && method.getParameterCount() == bean.argumentRefs().size()
                                && type.get().isAssignableFrom(method.getReturnType()))
                        .toList();
                if (factories.size() != 1) {
                    problems.add(bean.id() + ": " + factories.size() + " static " + bean.factoryMethod() + " of "
                            + bean.argumentRefs().size() + " arguments, want exactly one");
                } else {
                    problems.addAll(argumentProblems(bean, factories.get(0).getParameterTypes(), provided));
                }
                continue;
            }
            List<Constructor<?>> constructors = Arrays.stream(type.get().getConstructors()).toList();
            if (constructors.size() != 1) {
                problems.add(bean.id() + ": " + constructors.size() + " public constructors, want exactly one");
                continue;
            }
            Class<?>[] parameters = constructors.get(0).getParameterTypes();
            if (parameters.length != bean.argumentRefs().size()) {
                problems.add(bean.id() + ": " + bean.argumentRefs().size() + " constructor-arg for a constructor of "
                        + parameters.length);
                continue;
            }
            problems.addAll(argumentProblems(bean, parameters, provided));
        }
        return problems;
    }

    private static List<String> argumentProblems(Bean bean, Class<?>[] parameters, Map<String, Class<?>> provided) {
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < parameters.length; index++) {
            String ref = bean.argumentRefs().get(index);
            Class<?> given = provided.get(ref);
            if (given == null) {
                problems.add(bean.id() + ": argument " + index + " refers to " + ref + ", which nothing defines");
            } else if (!parameters[index].isAssignableFrom(given)) {
                problems.add(bean.id() + ": argument " + index + " is a " + given.getName() + ", the constructor wants "
                        + parameters[index].getName());
            }
        }
        return problems;
    }

    /** References to anything but a Jira interface that one of {@code consumers}' constructors takes. */
    List<String> referenceProblems(Set<Class<?>> consumers) {
        Set<Class<?>> taken = new HashSet<>();
        consumers.forEach(consumer -> Arrays.stream(consumer.getConstructors())
                .forEach(constructor -> taken.addAll(List.of(constructor.getParameterTypes()))));
        beans.forEach(bean -> load(bean.className()).ifPresent(type -> Arrays.stream(type.getConstructors())
                .forEach(constructor -> taken.addAll(List.of(constructor.getParameterTypes())))));
        List<String> problems = new ArrayList<>();
        for (Reference reference : references) {
            Optional<Class<?>> type = load(reference.interfaceName());
            if (type.isEmpty() || !type.get().isInterface() || !reference.interfaceName().startsWith("com.atlassian.")) {
                problems.add(reference.id() + ": " + reference.interfaceName() + " is not a Jira interface on the class path");
            } else if (!taken.contains(type.get())) {
                problems.add(reference.id() + ": no constructor of ours takes a " + reference.interfaceName());
            }
        }
        return problems;
    }

    private static Bean bean(Element element) {
        NodeList arguments = element.getElementsByTagNameNS(BEANS, "constructor-arg");
        String[] refs = new String[arguments.getLength()];
        for (int i = 0; i < arguments.getLength(); i++) {
            Element argument = (Element) arguments.item(i);
            int index = argument.hasAttribute("index") ? Integer.parseInt(argument.getAttribute("index")) : i;
            if (index < 0 || index >= refs.length || refs[index] != null) {
                throw new IllegalArgumentException(element.getAttribute("id") + ": constructor-arg index " + index
                        + " is out of range or given twice");
            }
            refs[index] = argument.getAttribute("ref");
        }
        return new Bean(element.getAttribute("id"), element.getAttribute("class"), List.of(refs),
                element.getAttribute("factory-method"));
    }

    private static Optional<Class<?>> load(String className) {
        try {
            return Optional.of(Class.forName(className, false, SpringWiring.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
