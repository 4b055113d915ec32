/**
 * That the data changed: the event published after a commit that changed facts, and what publishes
 * it, so caches are emptied on this instance and, through the data version, on the others.
 */
@NamedInterface("change")
package com.chuhai.tracker.shared.change;

import org.springframework.modulith.NamedInterface;
