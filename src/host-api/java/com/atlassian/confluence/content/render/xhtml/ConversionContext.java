package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Host declaration (compile only): what a macro knows about the rendering; only the members the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/content/render/xhtml/ConversionContext (ngannk-fptu/Decompiled-Files).
 */
public interface ConversionContext {
    /** "display" for a page view, "preview", "email", "pdf" … (ConversionContextOutputType#value()). */
    String getOutputType();

    /** The content being rendered, or null. */
    ContentEntityObject getEntity();

    String getSpaceKey();
}
