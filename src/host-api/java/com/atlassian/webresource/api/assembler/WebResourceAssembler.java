package com.atlassian.webresource.api.assembler;

/**
 * Host declaration (compile only): collects the web resources a page needs; only the members the plugin calls.
 * Mirrors atlassian-plugins-webresource-api, com/atlassian/webresource/api/assembler/WebResourceAssembler (ngannk-fptu/Decompiled-Files).
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
