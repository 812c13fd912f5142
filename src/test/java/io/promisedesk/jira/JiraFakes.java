package io.promisedesk.jira;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Stand-ins for Jira's interfaces as dynamic proxies: they answer only the methods a test names, so that they compile
 * against our small declarations and against the real, much larger Jira interfaces (-Patlassian) alike.
 */
public final class JiraFakes {
    private JiraFakes() {
    }

    /** An instance of {@code type} answering the named methods by their arguments; any other call fails the test. */
    public static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            Object[] given = arguments == null ? new Object[0] : arguments;
            switch (method.getName()) {
                case "equals":
                    if (!answers.containsKey("equals")) {
                        return proxy == given[0];
                    }
                    break;
                case "hashCode":
                    if (!answers.containsKey("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    break;
                case "toString":
                    if (!answers.containsKey("toString")) {
                        return "fake " + type.getSimpleName();
                    }
                    break;
                default:
                    break;
            }
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call of " + type.getSimpleName() + "#" + method.getName());
            }
            return answer.apply(given);
        }));
    }

    /** An answer that ignores the arguments. */
    public static Function<Object[], Object> returns(Object value) {
        return arguments -> value;
    }
}
