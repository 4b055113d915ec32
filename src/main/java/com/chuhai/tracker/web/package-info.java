/**
 * What every JSON endpoint shares: paging and sorting parameters, the page envelope, CSV export, the
 * problem-detail error answers and the OpenAPI description.
 */
package com.chuhai.tracker.web;
