/**
 * What a link to a page shows where it is shared: the page's title and meta description, which the
 * layout also gives as Open Graph and Twitter card tags ({@link com.chuhai.tracker.sharing.LinkPreview}),
 * and the words they are made of ({@link com.chuhai.tracker.sharing.ShareText}): the filters a view
 * applies, the providers and regions by their names in the reader's language, dates as the reader
 * writes them. Every page with filters names them the same way.
 */
package com.chuhai.tracker.sharing;
