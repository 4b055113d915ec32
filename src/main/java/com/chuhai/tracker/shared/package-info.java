/** Building blocks every feature shares: the audited entity base, dates with precision, confidence. */
package com.chuhai.tracker.shared;
