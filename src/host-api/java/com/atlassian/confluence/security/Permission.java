package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Host declaration (compile only): a Confluence permission, one shared instance each; only the constants the plugin uses.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/security/Permission (ngannk-fptu/Decompiled-Files); VIEW and ADMINISTER used with Confluence 10.0.1 in atlassian-slack-integration-server.
 */
public abstract class Permission implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Permission("VIEW") {
        private static final long serialVersionUID = 1L;
    };

    /** On a Space the host checks VIEWSPACE and SETSPACEPERMISSIONS, i.e. the same as ADMINISTER. */
    public static final Permission EDIT = new Permission("EDIT") {
        private static final long serialVersionUID = 1L;
    };

    /** On a Space: space admin (VIEWSPACE + SETSPACEPERMISSIONS); on PermissionManager.TARGET_APPLICATION: Confluence or system admin. */
    public static final Permission ADMINISTER = new Permission("ADMINISTER") {
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
