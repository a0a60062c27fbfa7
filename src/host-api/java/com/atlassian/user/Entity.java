package com.atlassian.user;

import java.io.Serializable;

/**
 * Host declaration (compile only): a named entity of atlassian-user.
 * Mirrors atlassian-user 3.0, com/atlassian/user/Entity (ngannk-fptu/Decompiled-Files, Confluence 8.7.2).
 */
public interface Entity extends Serializable {
    String getName();
}
