/**
 * The public directory: what readers browse about companies, providers and regions together with
 * what they use. The company list and its filters (provider, region, origin on a date), a company's
 * profile, the provider and region pages, and the companies API built on the same list. It sits
 * above {@code company}, {@code adoption} and {@code migration} because every view joins them; the
 * company module itself knows nothing of adoptions.
 */
package com.chuhai.tracker.directory;
