package dev.kakehashi.platform.confluence;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * A block macro without a body whose output is one of the plugin's Velocity templates, rendered by the host (which
 * escapes every reference).
 */
public abstract class TemplateMacro implements Macro {
    private final TemplateRenderer renderer;

    protected TemplateMacro(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    protected String render(String template, Map<String, Object> model) throws MacroExecutionException {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (IOException e) {
            throw new MacroExecutionException(e);
        }
        return out.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
