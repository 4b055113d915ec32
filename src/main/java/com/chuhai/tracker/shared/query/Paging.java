package com.chuhai.tracker.shared.query;

import com.chuhai.tracker.shared.AuditedEntity;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of a large table that cost the same far down the list as on page one: the page's ids are
 * found first, on the table alone (an index-only walk to the offset when an index matches the order),
 * and only those rows are then loaded with their references joined in. Loading the references with
 * the ids would join every skipped row too. Three statements at most: ids, rows, count (skipped when
 * the first page is not full).
 *
 * <p>Given a key for the filter (a value equal for equal filters), a page's ids and the filter's
 * count are kept in the {@code pages} cache until data changes, as statistics are: a page read again,
 * however deep, then costs one statement, its rows.
 */
@Component
@Transactional(readOnly = true)
public class Paging {

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    /** The cache of page ids and counts (see system/CacheConfig). */
    public static final String CACHE = "pages";

    private final EntityManager entityManager;
    private final CacheManager caches;

    Paging(EntityManager entityManager, CacheManager caches) {
        this.entityManager = entityManager;
        this.caches = caches;
    }

    /**
     * The page of {@code type} matching {@code filter}, with the to-one {@code references} loaded.
     * {@code filterKey} identifies the filter for the cache: equal keys must mean equal filters (a
     * filter record, with the date it was read on when it depends on today).
     */
    public <T extends AuditedEntity> Page<T> page(
            Class<T> type, Specification<T> filter, Object filterKey, Pageable pageable, List<String> references) {
        Cache cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE);
        List<Long> ids =
                cache.get(new SimpleKey(type.getName(), filterKey, pageable), () -> ids(type, filter, pageable));
        List<T> rows = ids.isEmpty() ? List.of() : load(type, ids, references);
        return PageableExecutionUtils.getPage(
                rows, pageable, () -> cache.get(new SimpleKey(type.getName(), filterKey), () -> count(type, filter)));
    }

    private <T> List<Long> ids(Class<T> type, Specification<T> filter, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        Predicate predicate = filter.toPredicate(root, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        query.select(root.get("id"));
        query.orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        return List.copyOf(entityManager
                .createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList());
    }

    private <T extends AuditedEntity> List<T> load(Class<T> type, List<Long> ids, List<String> references) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(root.get("id").in(ids));
        EntityGraph<T> graph = entityManager.createEntityGraph(type);
        references.forEach(graph::addAttributeNodes);
        List<T> rows =
                entityManager.createQuery(query).setHint(FETCH_GRAPH, graph).getResultList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return rows.stream()
                .sorted(Comparator.comparing(row -> position.get(row.getId())))
                .toList();
    }

    private <T> long count(Class<T> type, Specification<T> filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        Predicate predicate = filter.toPredicate(root, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        query.select(cb.count(root));
        return entityManager.createQuery(query).getSingleResult();
    }
}
