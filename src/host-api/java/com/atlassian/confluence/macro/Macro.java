package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Host declaration (compile only): an XHTML macro; every abstract method of the host type.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/macro/Macro (ngannk-fptu/Decompiled-Files).
 */
public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType {
        INLINE,
        BLOCK
    }

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }
}
