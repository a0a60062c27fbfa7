package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host declaration (compile only): REST v2 access level of a resource class or method.
 * Mirrors atlassian-rest-v2-api, com/atlassian/plugins/rest/api/security/annotation/LicensedOnly (atlassian-labs/atlassian-slack-integration-server, Jira 11.0.0).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
