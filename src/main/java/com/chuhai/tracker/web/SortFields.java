package com.chuhai.tracker.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The fields a list may be sorted by, as the API names them, mapped to entity properties, and the
 * list's default order (which also breaks ties, so that pages never overlap).
 */
public record SortFields(Map<String, String> properties, Sort defaultOrder) {

    public SortFields {
        properties = Map.copyOf(properties);
    }

    /** Pairs of API field and entity property, e.g. {@code of(Sort.by("slug"), "name", "name")}. */
    public static SortFields of(Sort defaultOrder, String... fieldThenProperty) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < fieldThenProperty.length; i += 2) {
            properties.put(fieldThenProperty[i], fieldThenProperty[i + 1]);
        }
        return new SortFields(properties, defaultOrder.and(Sort.by("id")));
    }

    String property(String field) {
        return properties.get(field);
    }

    String names() {
        return String.join(", ", properties.keySet().stream().sorted().toList());
    }
}
