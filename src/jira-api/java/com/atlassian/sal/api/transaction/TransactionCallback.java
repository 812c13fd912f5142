package com.atlassian.sal.api.transaction;

/** Compile-only declaration of SAL's unit of work run in one transaction; Jira provides the real type. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
