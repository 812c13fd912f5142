package io.promisedesk.rendering;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.Log;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.Introspector;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Velocity's introspection as Jira 10 restricts it, for the tests and the workbench: every method a template reaches
 * through the introspector (a call, a property getter, {@code get("x")}, a setter) must be on the plugin's
 * {@code <velocity-allowlist>}, else the render fails; a property of a {@link java.util.Map} that is no allowed getter
 * is read from the map with a cast, as Atlassian's Velocity fork reads it ({@code MapGetExecutor}), without the
 * introspector and so without the allowlist; iteration is not restricted. Stricter than Jira in one way: Jira's
 * global allowlist lets some JDK methods through, this one none (docs/jira-api-surface.md, "Velocity").
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    /** The engine's application attribute holding the {@link VelocityAllowlist} to enforce. */
    static final String ALLOWLIST = AllowlistUberspect.class.getName() + ".allowlist";

    private VelocityAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices runtime) {
        allowlist = (VelocityAllowlist) runtime.getApplicationAttribute(ALLOWLIST);
        if (allowlist == null) {
            throw new IllegalStateException("no velocity allowlist under the application attribute " + ALLOWLIST);
        }
    }

    @Override
    public void init() {
        super.init();
        introspector = new CheckingIntrospector(log, allowlist);
    }

    @Override
    public VelMethod getMethod(Object target, String method, Object[] arguments, Info info) throws Exception {
        try {
            return super.getMethod(target, method, arguments, info);
        } catch (BlockedCall blocked) {
            throw blocked.at(info);
        }
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String property, Info info) throws Exception {
        if (target == null) {
            return null;
        }
        try {
            Class<?> type = target.getClass();
            AbstractExecutor getter = new PropertyExecutor(log, introspector, type, property);
            if (!getter.isAlive() && target instanceof Map) {
                getter = new MapRead(property);
            }
            if (!getter.isAlive()) {
                getter = new GetExecutor(log, introspector, type, property);
            }
            if (!getter.isAlive()) {
                getter = new BooleanPropertyExecutor(log, introspector, type, property);
            }
            return getter.isAlive() ? new VelGetterImpl(getter) : null;
        } catch (BlockedCall blocked) {
            throw blocked.at(info);
        }
    }

    @Override
    public VelPropertySet getPropertySet(Object target, String property, Object value, Info info) throws Exception {
        try {
            VelPropertySet setter = super.getPropertySet(target, property, value, info);
            if (setter != null && target instanceof Map && "put".equals(setter.getMethodName())) {
                // Velocity writes into a map with Map#put, which no allowlist of ours can name.
                throw new BlockedCall(target.getClass().getName() + "#put(java.lang.Object,java.lang.Object)");
            }
            return setter;
        } catch (BlockedCall blocked) {
            throw blocked.at(info);
        }
    }

    /** A template reached a method that Jira 10 would refuse to call. */
    public static final class BlockedCall extends AssertionError {
        private static final long serialVersionUID = 1L;

        BlockedCall(String method) {
            super(method);
        }

        private BlockedCall(String message, BlockedCall cause) {
            super(message, cause);
        }

        BlockedCall at(Info info) {
            return new BlockedCall(info.getTemplateName() + ":" + info.getLine() + ":" + info.getColumn()
                    + ": Jira 10 blocks " + getMessage() + ", which no <velocity-allowlist> of atlassian-plugin.xml"
                    + " lists", this);
        }
    }

    /** Finds methods as Velocity does, and refuses any found that the allowlist does not name. */
    private static final class CheckingIntrospector extends Introspector {
        private final VelocityAllowlist allowlist;

        CheckingIntrospector(Log log, VelocityAllowlist allowlist) {
            super(log);
            this.allowlist = allowlist;
        }

        @Override
        public Method getMethod(Class type, String name, Object[] arguments) {
            Method method = super.getMethod(type, name, arguments);
            if (method != null && !allowlist.allows(type, method)) {
                throw new BlockedCall(type.getName() + "#" + name + "(" + String.join(",",
                        java.util.Arrays.stream(method.getParameterTypes()).map(Class::getName).toList()) + ")");
            }
            return method;
        }
    }

    /** {@code $map.key}: a cast and a lookup, as in Atlassian's Velocity fork. */
    private static final class MapRead extends AbstractExecutor {
        private final String key;

        MapRead(String key) {
            this.key = key;
            try {
                setMethod(Map.class.getMethod("get", Object.class));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        @Override
        public Object execute(Object target) {
            return ((Map<?, ?>) target).get(key);
        }
    }
}
