/**
 * The audit trail: Hibernate Envers keeps every version of companies, providers, regions, adoptions
 * and migrations with who changed them and when; this feature reads it as field-by-field changes and
 * restores earlier versions.
 */
package com.chuhai.tracker.history;
