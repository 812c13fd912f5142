package io.promisedesk.jira.packaging;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The plugin's Spring application context, seen from the test: its classes are the Spring bundles', not the test's,
 * so it is called through Spring's interfaces as that bundle loads them.
 */
final class SpringContext {
    /**
     * Spring's {@code AutowireCapableBeanFactory.AUTOWIRE_AUTODETECT}, which Atlassian's plugin framework passes when
     * it builds a module class ({@code DefaultSpringContainerAccessor#createBean}): constructor autowiring by type
     * for a class without a no-argument constructor.
     */
    static final int AUTOWIRE_AUTODETECT = 4;

    private final Object context;

    SpringContext(Object context) {
        this.context = context;
    }

    List<String> beanNames() {
        return List.of((String[]) call(context, "org.springframework.beans.factory.ListableBeanFactory",
                "getBeanDefinitionNames", new Class<?>[0]));
    }

    Object bean(String name) {
        return call(context, "org.springframework.beans.factory.BeanFactory", "getBean", new Class<?>[] {String.class},
                name);
    }

    boolean isActive() {
        return (Boolean) call(context, "org.springframework.context.ConfigurableApplicationContext", "isActive",
                new Class<?>[0]);
    }

    /** Builds {@code type} the way Jira's plugin framework builds a module class: autowired from this context. */
    Object createModule(Class<?> type) {
        Object factory = call(context, "org.springframework.context.ApplicationContext",
                "getAutowireCapableBeanFactory", new Class<?>[0]);
        return call(factory, "org.springframework.beans.factory.config.AutowireCapableBeanFactory", "createBean",
                new Class<?>[] {Class.class, int.class, boolean.class}, type, AUTOWIRE_AUTODETECT, false);
    }

    /** Calls {@code method} of {@code interfaceName} as the target's own class loader sees that interface. */
    private static Object call(Object target, String interfaceName, String method, Class<?>[] parameters,
                               Object... arguments) {
        try {
            Class<?> type = Class.forName(interfaceName, false, target.getClass().getClassLoader());
            Method declared = type.getMethod(method, parameters);
            return declared.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(interfaceName + "#" + method + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call " + interfaceName + "#" + method, e);
        }
    }
}
