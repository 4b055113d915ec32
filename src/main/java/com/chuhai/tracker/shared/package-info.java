/**
 * The domain's building blocks every feature shares: the audited entity base, dates with precision,
 * confidence, the domain's refusal ({@link com.chuhai.tracker.shared.DomainException}), references
 * resolved by slug, and the facts-rewritten event. Two named interfaces beside them: {@code query}
 * (paging, chunked reading, text search) and {@code change} (that the data changed, for caches).
 */
package com.chuhai.tracker.shared;
