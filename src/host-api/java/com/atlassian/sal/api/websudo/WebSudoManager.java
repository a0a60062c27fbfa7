package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Host declaration (compile only): secure administrator sessions (WebSudo).
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/websudo/WebSudoManager (ngannk-fptu/Decompiled-Files),
 * with the jakarta.servlet types of Platform 8 (SAL 6).
 */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
