package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;

/**
 * Compile-only declaration of the Active Objects service, only the members our stores call, with the real generic
 * bounds (they decide the erased descriptors). Jira provides the real interface (docs/jira-api-surface.md).
 */
public interface ActiveObjects {
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);

    /** The number of rows of the entity's table. */
    <K> int count(Class<? extends RawEntity<K>> type);
}
