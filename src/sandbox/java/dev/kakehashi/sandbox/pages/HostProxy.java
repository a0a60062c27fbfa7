package dev.kakehashi.sandbox.pages;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Host objects whose interfaces only the plugin declares (its compile-only host API): a proxy answers the methods
 * the sandbox knows and names any other method it is asked for, so a gap shows up as a clear failure.
 */
final class HostProxy {
    private HostProxy() {
    }

    /** A proxy of this interface answering by method name. */
    static Object of(Class<?> type, Map<String, Function<Object[], Object>> answers) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args == null ? new Object[0] : args);
            }
            return switch (method.getName()) {
                case "toString" -> "sandbox " + type.getSimpleName();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException("The sandbox's " + type.getName()
                        + " does not implement " + method.getName());
            };
        });
    }

    /** Calls a method the plugin's class implements from an interface the sandbox cannot name at compile time. */
    static Object call(Object target, String methodName, Object... args) {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(methodName) && method.getParameterCount() == args.length) {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(target.getClass().getName() + "." + methodName + " failed: "
                            + cause, cause);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException(target.getClass().getName() + " has no method " + methodName + " with "
                + args.length + " parameters");
    }

    /** Loads a host interface by name if the plugin declares it. */
    static Class<?> optionalType(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
