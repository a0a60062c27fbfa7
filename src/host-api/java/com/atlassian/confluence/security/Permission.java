package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Host declaration (compile only): a Confluence permission, one shared instance each; only the constants the plugin uses.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/security/Permission (ngannk-fptu/Decompiled-Files).
 */
public abstract class Permission implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Permission("VIEW") {
        private static final long serialVersionUID = 1L;
    };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
