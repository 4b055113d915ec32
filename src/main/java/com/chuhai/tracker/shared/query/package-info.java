/**
 * Reading entities page by page and in chunks, and the text search of lists: the query building
 * blocks of every feature's lists and exports.
 */
@NamedInterface("query")
package com.chuhai.tracker.shared.query;

import org.springframework.modulith.NamedInterface;
