/**
 * Readers' suggestions: a new adoption, a migration or relocation, or a correction of one field of a
 * recorded one, always with a source, kept private in a queue until an editor accepts it (applied
 * through the adoptions' and migrations' own services, its revision citing the suggestion) or rejects
 * it with a reason. The reader follows the outcome with an unguessable tracking id.
 */
package com.chuhai.tracker.suggestion;
