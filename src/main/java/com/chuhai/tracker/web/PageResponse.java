package com.chuhai.tracker.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list: its rows and where the page lies in the whole. */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(
                page.getContent(),
                new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
    }

    public record PageMetadata(int size, int number, long totalElements, int totalPages) {}
}
