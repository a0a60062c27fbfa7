package dev.kakehashi.sandbox.pages;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.MacroModule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code <xhtml-macro>} modules: each macro class is built from the plugin's context at start and called through
 * Confluence's {@link Macro} interface with a conversion context for the page view ({@code "display"}).
 */
public final class MacroModules {
    private static final Logger LOG = Logger.getLogger(MacroModules.class.getName());
    /** {@code ConversionContextOutputType.DISPLAY.value()}: a page being viewed. */
    static final String DISPLAY = "display";

    private final Map<String, Macro> macros = new LinkedHashMap<>();

    /**
     * @param build builds a class the descriptor names, as the host does for module classes (class name, which
     *              module names it); usually the plugin container's autowiring
     */
    public MacroModules(PluginDescriptor descriptor, BiFunction<String, String, Object> build) {
        for (MacroModule module : descriptor.macros()) {
            String namedBy = "<xhtml-macro name=\"" + module.name() + "\">";
            Object instance = build.apply(module.className(), namedBy);
            if (!(instance instanceof Macro macro)) {
                throw new IllegalStateException(namedBy + ": " + module.className() + " does not implement "
                        + Macro.class.getName());
            }
            macros.put(module.name(), macro);
        }
    }

    /**
     * What the page shows for the macro: its output, or empty when no module has this name.
     *
     * @param entity the content being rendered (the page)
     * @throws MacroFailure when the macro throws; the page shows Confluence's error box instead
     */
    public Optional<String> render(String name, Map<String, String> parameters, String body,
                                   ContentEntityObject entity, String spaceKey) {
        Macro macro = macros.get(name);
        if (macro == null) {
            return Optional.empty();
        }
        ConversionContext context = new PageConversionContext(DISPLAY, entity, spaceKey);
        try {
            return Optional.of(String.valueOf(macro.execute(new HashMap<>(parameters), body, context)));
        } catch (MacroExecutionException e) {
            LOG.log(Level.INFO, "Macro " + name + " refused to render", e);
            throw new MacroFailure(name, e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Macro " + name + " failed", e);
            throw new MacroFailure(name, String.valueOf(e), e);
        }
    }

    /** The conversion context of one macro call on a page view. */
    record PageConversionContext(String outputType, ContentEntityObject entity, String spaceKey)
            implements ConversionContext {
        @Override
        public String getOutputType() {
            return outputType;
        }

        @Override
        public ContentEntityObject getEntity() {
            return entity;
        }

        @Override
        public String getSpaceKey() {
            return spaceKey;
        }
    }

    /** A macro threw; Confluence shows an error box in its place instead of the page failing. */
    static final class MacroFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MacroFailure(String name, String message, Throwable cause) {
            super("Error rendering macro '" + name + "' : " + message, cause);
        }
    }
}
