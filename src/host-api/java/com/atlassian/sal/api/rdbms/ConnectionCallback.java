package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/**
 * Host declaration (compile only): the work {@link TransactionalExecutor#execute} runs with the host's connection.
 * Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/ConnectionCallback.html
 */
public interface ConnectionCallback<A> {
    A execute(Connection connection);
}
