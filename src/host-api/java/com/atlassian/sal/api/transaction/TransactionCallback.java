package com.atlassian.sal.api.transaction;

/**
 * Host declaration (compile only): work run inside a host transaction.
 * Mirrors SAL 5.1.4, com/atlassian/sal/api/transaction/TransactionCallback (ngannk-fptu/Decompiled-Files).
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
