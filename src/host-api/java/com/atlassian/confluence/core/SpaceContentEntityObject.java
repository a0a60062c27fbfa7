package com.atlassian.confluence.core;

/**
 * Host declaration (compile only): content that lives in a space; only the members the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/core/SpaceContentEntityObject (ngannk-fptu/Decompiled-Files).
 */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
    public String getSpaceKey() {
        throw new UnsupportedOperationException("compile-only host declaration");
    }
}
