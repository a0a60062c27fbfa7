package dev.kakehashi.sandbox.jql;

import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;

/**
 * The module descriptor the host passes to {@code JqlFunction#init}: the module's key, its {@code <fname>} and
 * {@code <list>}. The rest of Jira's descriptor (i18n, plugin, resources) is not emulated (not declared).
 */
public record SandboxJqlFunctionDescriptor(String completeKey, String functionName, boolean isList)
        implements JqlFunctionModuleDescriptor {
}
