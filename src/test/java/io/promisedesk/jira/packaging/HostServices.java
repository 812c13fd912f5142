package io.promisedesk.jira.packaging;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-ins for Jira's services, one for each interface the plugin's OSGi references import: each records what it is
 * asked and answers nothing (null, zero, false, empty), except the cache manager, which hands out working caches.
 */
final class HostServices {
    /** One call to a stand-in: the interface's simple name, the method and its arguments. */
    record Call(String service, String method, List<Object> arguments) {
    }

    private final Map<String, Object> services = new LinkedHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, StandInCache> caches = new ConcurrentHashMap<>();

    private HostServices(Collection<String> interfaceNames) {
        for (String name : interfaceNames) {
            Class<?> type;
            try {
                type = Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("the plugin imports " + name + ", which our Jira API declarations lack", e);
            }
            services.put(name, Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "stand-in " + type.getSimpleName();
                        default -> answer(type, method.getName(), method.getReturnType(),
                                // Arguments may be null (a cache without a loader): a list that holds nulls.
                                args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args)));
                    }));
        }
    }

    static HostServices forInterfaces(Collection<String> interfaceNames) {
        return new HostServices(interfaceNames);
    }

    /** The stand-ins by interface name, to register as the system bundle's services. */
    Map<String, Object> services() {
        return Collections.unmodifiableMap(services);
    }

    /** The stand-ins without the one of {@code interfaceName}: a service Jira does not register. */
    Map<String, Object> servicesWithout(String interfaceName) {
        Map<String, Object> fewer = new LinkedHashMap<>(services);
        fewer.remove(interfaceName);
        return fewer;
    }

    List<Call> calls(String service, String method) {
        return calls.stream().filter(call -> call.service().equals(service) && call.method().equals(method)).toList();
    }

    /** The cache the plugin asked the cache manager for under this name, if it did. */
    Optional<StandInCache> cache(String name) {
        return Optional.ofNullable(caches.get(name));
    }

    @SuppressWarnings("unchecked")
    private Object answer(Class<?> type, String method, Class<?> returnType, List<Object> arguments) {
        calls.add(new Call(type.getSimpleName(), method, arguments));
        if (type == CacheManager.class && method.equals("getCache")) {
            return caches.computeIfAbsent((String) arguments.get(0),
                    name -> new StandInCache((CacheLoader<Object, Object>) arguments.get(1)));
        }
        return empty(returnType);
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type.isPrimitive() && type != void.class) {
            return type == long.class ? 0L : type == double.class ? 0.0 : type == float.class ? 0f
                    : type == short.class ? (short) 0 : type == byte.class ? (byte) 0 : 0;
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        return null;
    }

    /** A working Atlassian cache in memory, with or without a loader. */
    static final class StandInCache implements Cache<Object, Object> {
        private final Map<Object, Object> values = new ConcurrentHashMap<>();
        private final CacheLoader<Object, Object> loader;

        StandInCache(CacheLoader<Object, Object> loader) {
            this.loader = loader;
        }

        @Override
        public Collection<Object> getKeys() {
            return new ArrayList<>(values.keySet());
        }

        @Override
        public Object get(Object key) {
            return loader == null ? values.get(key) : values.computeIfAbsent(key, loader::load);
        }

        @Override
        public void put(Object key, Object value) {
            values.put(key, value);
        }

        @Override
        public void remove(Object key) {
            values.remove(key);
        }

        @Override
        public void removeAll() {
            values.clear();
        }
    }
}
