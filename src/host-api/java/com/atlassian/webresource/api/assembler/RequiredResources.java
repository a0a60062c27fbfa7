package com.atlassian.webresource.api.assembler;

/**
 * Host declaration (compile only): requires web resources by their complete module key; only the members the plugin calls.
 * Mirrors atlassian-plugins-webresource-api, com/atlassian/webresource/api/assembler/RequiredResources (ngannk-fptu/Decompiled-Files).
 */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
