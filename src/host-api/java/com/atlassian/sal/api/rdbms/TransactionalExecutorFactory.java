package com.atlassian.sal.api.rdbms;

/**
 * Host declaration (compile only): provided by the host for creating {@link TransactionalExecutor}s (SAL 3.0 and
 * later). Only the method the app calls is declared: abstract in SAL 3.0, a default the hosts override in later SAL.
 * Sources: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/package-summary.html,
 * https://docs.atlassian.com/atlassian-bamboo/9.2.11/com/atlassian/bamboo/spring/BambooTransactionalExecutorFactory.html
 */
public interface TransactionalExecutorFactory {
    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
