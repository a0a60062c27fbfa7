package com.atlassian.sal.api.rdbms;

/**
 * Host declaration (compile only): thrown by the host's {@code com.atlassian.sal.api.rdbms} implementations when
 * the database work fails.
 * Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/package-summary.html
 */
public class RdbmsException extends RuntimeException {
    public RdbmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
