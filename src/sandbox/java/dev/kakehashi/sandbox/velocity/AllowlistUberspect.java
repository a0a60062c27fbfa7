package dev.kakehashi.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity introspection that refuses methods of the plugin's classes ({@code dev.kakehashi.}, the sandbox's own host
 * objects excepted) unless {@code <velocity-allowlist>} names them as {@code fqcn#method(param fqcns)}.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    /** Application attribute carrying the allowlist ({@code Set<String>}). */
    public static final String ALLOWLIST = "kakehashi.velocity.allowlist";
    private static final String PLUGIN_PACKAGE = "dev.kakehashi.";
    private static final String SANDBOX_PACKAGE = "dev.kakehashi.sandbox.";

    private Set<String> allowlist = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices runtime) {
        Object list = runtime.getApplicationAttribute(ALLOWLIST);
        allowlist = list == null ? Set.of() : (Set<String>) list;
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        if (obj != null && !(obj instanceof Class<?>)) {
            Method method = introspector.getMethod(obj.getClass(), methodName, args);
            if (method != null) {
                check(obj.getClass(), method, info);
            }
        }
        return super.getMethod(obj, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter != null && obj != null && getter.getMethodName() != null) {
            checkByName(obj.getClass(), getter.getMethodName(), info);
        }
        return getter;
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) throws Exception {
        VelPropertySet setter = super.getPropertySet(obj, identifier, arg, info);
        if (setter != null && obj != null && setter.getMethodName() != null) {
            checkByName(obj.getClass(), setter.getMethodName(), info);
        }
        return setter;
    }

    private void checkByName(Class<?> type, String methodName, Info info) {
        Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(methodName)).findFirst()
                .ifPresent(m -> check(type, m, info));
    }

    private void check(Class<?> runtimeType, Method method, Info info) {
        boolean guarded = isPlugin(runtimeType) || isPlugin(method.getDeclaringClass());
        if (!guarded) {
            return;
        }
        String declared = signature(method.getDeclaringClass(), method);
        String actual = signature(runtimeType, method);
        if (!allowlist.contains(declared) && !allowlist.contains(actual)) {
            throw new AllowlistViolation(isPlugin(runtimeType) ? actual : declared,
                    info == null ? "?" : info.getTemplateName(), info == null ? 0 : info.getLine());
        }
    }

    private static boolean isPlugin(Class<?> type) {
        String name = type.getName();
        return name.startsWith(PLUGIN_PACKAGE) && !name.startsWith(SANDBOX_PACKAGE);
    }

    static String signature(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }
}
