package io.promisedesk.rendering;

import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTIndex;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every call a Velocity 1.7 template makes on the objects in its context, found by walking the parsed template (not
 * by pattern matching its text), with the template's name, line and column of each.
 *
 * <p>What counts as a call, since Jira 10 checks each against its velocity allowlist:
 * <ul>
 * <li>{@link Kind#METHOD}: {@code $a.b()}, {@code $a.b("x", $c)}, anywhere: in output, directives' arguments, other
 *     calls' arguments and interpolated string literals ({@code "$a.b()"}, which Velocity parses only when it runs).
 * <li>{@link Kind#PROPERTY}: {@code $a.b} where {@code b} is not plainly a map lookup. Velocity 1.7 resolves a
 *     property by trying {@code getB()} / {@code getb()} first, then {@code Map#get("b")}, then {@code isB()}. Our
 *     contexts hold only strings, booleans, integers, lists and maps, so {@code $a.b} is a map lookup unless
 *     {@code b} names a public no-argument getter of one of those types ({@code class}, {@code bytes},
 *     {@code empty}, {@code blank}, ...): then, depending on what {@code $a} holds, it is a method call.
 * <li>{@link Kind#SET}: {@code #set($a.b = ...)}, a setter or {@code Map#put} call.
 * <li>{@link Kind#INDEX}: {@code $a[0]}, a {@code get(...)} call (and syntax of Velocity 1.7 only).
 * </ul>
 * The first name of a reference ({@code $a}) is a lookup in the context, not a call.
 */
public final class VelocityCalls {
    /** The types a plain context may hold (see RenderedHtml#assertPlainContext), and Object for getClass(). */
    private static final List<Class<?>> PLAIN_TYPES =
            List.of(Object.class, String.class, Boolean.class, Integer.class, List.class, Map.class);
    private static final Set<String> JDK_GETTER_PROPERTIES = jdkGetterProperties();

    private VelocityCalls() {
    }

    public enum Kind { METHOD, PROPERTY, SET, INDEX }

    /** One call: {@code name} is the method or property name, {@code arguments} how many arguments it passes. */
    public record Call(String template, int line, int column, Kind kind, String name, int arguments, String source) {
        @Override
        public String toString() {
            return template + ":" + line + ":" + column + ": " + source + " (" + kind.name().toLowerCase() + " "
                    + name + ", " + arguments + " argument" + (arguments == 1 ? "" : "s") + ")";
        }
    }

    /** A template that does not parse, with its name and where. */
    public static final class TemplateSyntaxError extends AssertionError {
        TemplateSyntaxError(String template, ParseException cause) {
            super(template + position(cause) + ": does not parse with Velocity 1.7: " + cause.getMessage(), cause);
        }

        private static String position(ParseException cause) {
            if (cause.currentToken != null && cause.currentToken.next != null) {
                return ":" + cause.currentToken.next.beginLine + ":" + cause.currentToken.next.beginColumn;
            }
            return "";
        }
    }

    /** The calls of the template {@code source}, named {@code template} in what is reported. */
    public static List<Call> of(String template, String source) {
        List<Call> calls = new ArrayList<>();
        walk(template, parse(template, source), 0, 0, calls);
        return calls;
    }

    /** Parses without rendering; a syntax error throws {@link TemplateSyntaxError}. */
    public static SimpleNode parse(String template, String source) {
        try {
            return Runtime.INSTANCE.parse(new StringReader(source), template);
        } catch (ParseException e) {
            throw new TemplateSyntaxError(template, e);
        }
    }

    /** Whether {@code $a.property} may be something other than a map lookup on a plain context. */
    static boolean mayBeGetter(String property) {
        return JDK_GETTER_PROPERTIES.contains(property);
    }

    /**
     * Walks {@code node}; {@code lineOffset} and {@code firstLineColumnOffset} place the nodes of a string literal's
     * own parse at the literal's position in the template.
     */
    private static void walk(String template, Node node, int lineOffset, int firstLineColumnOffset, List<Call> calls) {
        if (node instanceof ASTMethod method) {
            // Child 0 is the method's name, the rest its arguments.
            String name = ((SimpleNode) method).getFirstToken().image;
            calls.add(call(template, node, lineOffset, firstLineColumnOffset, Kind.METHOD, name,
                    node.jjtGetNumChildren() - 1));
        } else if (node instanceof ASTIdentifier identifier) {
            String name = identifier.getFirstToken().image;
            if (isSetTarget(node)) {
                calls.add(call(template, node, lineOffset, firstLineColumnOffset, Kind.SET, name, 1));
            } else if (mayBeGetter(name)) {
                calls.add(call(template, node, lineOffset, firstLineColumnOffset, Kind.PROPERTY, name, 0));
            }
        } else if (node instanceof ASTIndex) {
            calls.add(call(template, node, lineOffset, firstLineColumnOffset, Kind.INDEX, "get", 1));
        } else if (node instanceof ASTStringLiteral literal) {
            walkInterpolated(template, literal, lineOffset, firstLineColumnOffset, calls);
        }
        for (int index = 0; index < node.jjtGetNumChildren(); index++) {
            walk(template, node.jjtGetChild(index), lineOffset, firstLineColumnOffset, calls);
        }
    }

    /** Velocity parses a double-quoted literal holding $ or # when it renders; the same is done here. */
    private static void walkInterpolated(String template, ASTStringLiteral literal, int lineOffset,
                                         int firstLineColumnOffset, List<Call> calls) {
        String image = literal.getFirstToken().image;
        if (image.length() < 2 || image.charAt(0) != '"' || (image.indexOf('$') < 0 && image.indexOf('#') < 0)) {
            return;
        }
        String content = ASTStringLiteral.unescape(image.substring(1, image.length() - 1));
        int line = position(literal.getLine(), literal.getColumn(), lineOffset, firstLineColumnOffset)[0];
        int column = position(literal.getLine(), literal.getColumn(), lineOffset, firstLineColumnOffset)[1];
        // Inside the literal, line 1 column c is the template's column (literal column + c): the quote comes first.
        walk(template, parse(template, content), line - 1, column, calls);
    }

    private static boolean isSetTarget(Node identifier) {
        Node reference = identifier.jjtGetParent();
        return reference instanceof ASTReference && reference.jjtGetParent() instanceof ASTSetDirective
                && reference.jjtGetParent().jjtGetChild(0) == reference
                && reference.jjtGetChild(reference.jjtGetNumChildren() - 1) == identifier;
    }

    private static Call call(String template, Node node, int lineOffset, int firstLineColumnOffset, Kind kind,
                             String name, int arguments) {
        int[] at = position(node.getLine(), node.getColumn(), lineOffset, firstLineColumnOffset);
        return new Call(template, at[0], at[1], kind, name, arguments, sourceOf(node));
    }

    private static int[] position(int line, int column, int lineOffset, int firstLineColumnOffset) {
        return new int[] {line + lineOffset, line == 1 ? column + firstLineColumnOffset : column};
    }

    /** The reference the call belongs to, as written ({@code $a.b("x")}). */
    private static String sourceOf(Node node) {
        Node reference = node;
        while (reference != null && !(reference instanceof ASTReference)) {
            reference = reference.jjtGetParent();
        }
        return reference == null ? node.literal() : reference.literal();
    }

    private static Set<String> jdkGetterProperties() {
        Set<String> properties = new TreeSet<>();
        for (Class<?> type : PLAIN_TYPES) {
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String name = method.getName();
                if (name.startsWith("get") && name.length() > 3) {
                    properties.add(name.substring(3));
                    properties.add(decapitalize(name.substring(3)));
                } else if (name.startsWith("is") && name.length() > 2) {
                    properties.add(decapitalize(name.substring(2)));
                }
            }
        }
        return properties;
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** One parser for all: parsing needs an initialised runtime but no resource loader. */
    private static final class Runtime {
        static final RuntimeInstance INSTANCE = create();

        private static RuntimeInstance create() {
            RuntimeInstance runtime = new RuntimeInstance();
            runtime.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
            try {
                runtime.init();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return runtime;
        }
    }
}
