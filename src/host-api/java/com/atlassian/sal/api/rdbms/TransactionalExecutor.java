package com.atlassian.sal.api.rdbms;

/**
 * Host declaration (compile only): runs a callback with a {@link java.sql.Connection} in a host transaction; the
 * connection comes with auto-commit off, and the host commits, rolls back and closes it. {@code getSchemaName()} is
 * left out: its Fugue {@code Option} changed package between SAL versions.
 * Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutor.html
 */
public interface TransactionalExecutor {
    <A> A execute(ConnectionCallback<A> callback);
}
