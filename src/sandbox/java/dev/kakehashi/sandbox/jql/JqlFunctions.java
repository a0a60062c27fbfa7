package dev.kakehashi.sandbox.jql;

import com.atlassian.jira.plugin.jql.function.JqlFunction;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.JqlFunctionModule;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The {@code <jql-function>} modules of the product, built at start as the host builds module classes and
 * initialised with their descriptor; found by {@code <fname>}, ignoring case as Jira does. One instance serves every
 * search.
 */
public final class JqlFunctions {
    private final Map<String, Registered> byName = new LinkedHashMap<>();

    /** A function with the descriptor it was initialised with. */
    public record Registered(JqlFunction function, SandboxJqlFunctionDescriptor descriptor) {
    }

    /**
     * @param build builds a class the descriptor names (class name, which module names it), usually the plugin
     *              container's autowiring
     */
    public JqlFunctions(PluginDescriptor descriptor, BiFunction<String, String, Object> build) {
        for (JqlFunctionModule module : descriptor.jqlFunctions()) {
            String namedBy = "<jql-function key=\"" + module.key() + "\">";
            Object instance = build.apply(module.className(), namedBy);
            if (!(instance instanceof JqlFunction function)) {
                throw new IllegalStateException(namedBy + ": " + module.className() + " does not implement "
                        + JqlFunction.class.getName());
            }
            String name = module.functionName().toLowerCase(Locale.ROOT);
            if (byName.containsKey(name)) {
                throw new IllegalStateException(namedBy + ": another module already has <fname>"
                        + module.functionName());
            }
            SandboxJqlFunctionDescriptor moduleDescriptor = new SandboxJqlFunctionDescriptor(
                    descriptor.pluginKey() + ":" + module.key(), module.functionName(), module.list());
            function.init(moduleDescriptor);
            byName.put(name, new Registered(function, moduleDescriptor));
        }
    }

    public Optional<Registered> named(String functionName) {
        return Optional.ofNullable(functionName == null ? null : byName.get(functionName.toLowerCase(Locale.ROOT)));
    }
}
