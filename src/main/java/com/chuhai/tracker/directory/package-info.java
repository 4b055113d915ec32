/**
 * The company directory: companies listed and filtered by what they use (provider, region, origin on
 * a date), which needs both the companies and their adoptions, and the API resource built on it.
 */
package com.chuhai.tracker.directory;
