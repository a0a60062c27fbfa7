package com.atlassian.webresource.api.assembler;

/**
 * Host declaration (compile only): the web-resource assembler of the page being rendered.
 * Mirrors atlassian-plugins-webresource-api, com/atlassian/webresource/api/assembler/PageBuilderService (ngannk-fptu/Decompiled-Files).
 */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
