package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.plugin.ComponentContainer;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.MacroModule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code <xhtml-macro>} modules: each macro class is built from the plugin's context at start and called with
 * Confluence's {@code execute(Map, String, ConversionContext)}, found by reflection because only the plugin
 * declares those host types.
 */
public final class MacroModules {
    static final String CONVERSION_CONTEXT = "com.atlassian.confluence.content.render.xhtml.ConversionContext";

    private final Map<String, Object> macros = new LinkedHashMap<>();

    public MacroModules(PluginDescriptor descriptor, ComponentContainer container) {
        for (MacroModule module : descriptor.macros()) {
            Object macro = container.autowire(module.className(), "<xhtml-macro name=\"" + module.name() + "\">");
            execute(macro);
            macros.put(module.name(), macro);
        }
    }

    /** What the page shows for the macro: its output, or empty when no module has this name. */
    public Optional<String> render(String name, Map<String, String> parameters, String body, String spaceKey) {
        Object macro = macros.get(name);
        if (macro == null) {
            return Optional.empty();
        }
        Method execute = execute(macro);
        Object context = conversionContext(execute.getParameterTypes()[2], spaceKey);
        try {
            return Optional.of(String.valueOf(execute.invoke(macro, new HashMap<>(parameters), body, context)));
        } catch (InvocationTargetException e) {
            throw new MacroFailure(name, e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method execute(Object macro) {
        for (Method method : macro.getClass().getMethods()) {
            Class<?>[] types = method.getParameterTypes();
            if (method.getName().equals("execute") && types.length == 3 && types[0] == Map.class
                    && types[1] == String.class && types[2].getName().equals(CONVERSION_CONTEXT)) {
                return method;
            }
        }
        throw new IllegalStateException(macro.getClass().getName() + " has no execute(Map, String, "
                + CONVERSION_CONTEXT + ")");
    }

    private static Object conversionContext(Class<?> type, String spaceKey) {
        Map<String, Object> properties = new HashMap<>();
        Map<String, Function<Object[], Object>> answers = new HashMap<>();
        answers.put("getOutputType", a -> "display");
        answers.put("getSpaceKey", a -> spaceKey);
        answers.put("getEntity", a -> null);
        answers.put("getProperty", a -> a.length == 1 ? properties.get((String) a[0])
                : properties.getOrDefault((String) a[0], a[1]));
        answers.put("setProperty", a -> properties.put((String) a[0], a[1]));
        return HostProxy.of(type, answers);
    }

    /** A macro threw; Confluence shows an error box in its place instead of the page failing. */
    static final class MacroFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MacroFailure(String name, Throwable cause) {
            super("Error rendering macro '" + name + "': " + cause.getMessage(), cause);
        }
    }
}
