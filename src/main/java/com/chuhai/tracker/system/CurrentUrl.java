package com.chuhai.tracker.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The current page's address with one query parameter changed, for links that keep every other
 * filter: templates call {@code ${@currentUrl.with('page', 2)}}. A null value removes the parameter.
 */
@Component("currentUrl")
public class CurrentUrl {

    /** The current page's full address (without a language switch), for the links others share. */
    public String absolute() {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }

    /** The full address of {@code pathAndQuery} on this site, for a text that cites it (a permalink). */
    public String absolute(String pathAndQuery) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + pathAndQuery;
    }

    public String with(String name, Object value) {
        ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest();
        if (value == null) {
            builder.replaceQueryParam(name);
        } else {
            builder.replaceQueryParam(name, value);
        }
        UriComponents uri = builder.build();
        return uri.getQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getQuery();
    }
}
