package dev.kakehashi.sandbox.selftest;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.AbstractPage;
import java.util.Map;

/**
 * A macro of the self-test descriptor: echoes what the conversion context and its parameters tell it.
 */
public class FixtureMacro implements Macro {
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String title = context.getEntity() instanceof AbstractPage page ? page.getTitle() + "#" + page.getId() : "none";
        return "<span class=\"fixture-macro\">" + context.getOutputType() + "|" + context.getSpaceKey() + "|" + title
                + "|" + parameters.get("size") + "|" + body + "</span>";
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
