/** CSV import: a dry run that lists every bad row by line, then all rows or none in one transaction. */
package com.chuhai.tracker.importing;
