package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.DomainException.FieldProblem;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging and sorting as a list URL carries them: {@code page} (0-based), {@code size} (default 20, at
 * most 500) and {@code sort=field,asc|desc}, repeatable, on the fields a list documents. Anything
 * else is refused rather than silently adjusted.
 */
public record PageParams(
        @Parameter(
                description = "Page number, 0-based.",
                schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
        Integer page,

        @Parameter(
                description = "Page size.",
                schema =
                        @Schema(
                                type = "integer",
                                format = "int32",
                                minimum = "1",
                                maximum = "" + PageParams.MAX_SIZE,
                                defaultValue = "20"))
        Integer size,

        @Parameter(
                description = "Sort order: field,asc or field,desc; repeat for more keys. The list's"
                        + " description names its sortable fields.",
                array = @ArraySchema(schema = @Schema(type = "string", example = "name,asc")))
        List<String> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    /** The page to fetch, sorted by the requested fields and then by the list's default order. */
    public Pageable toPageable(SortFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        int number = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (number < 0) {
            problems.add(new FieldProblem("page", "paging.pageNegative"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            problems.add(new FieldProblem("size", "paging.sizeRange", MAX_SIZE));
        } else if ((long) number * pageSize > Integer.MAX_VALUE) {
            problems.add(new FieldProblem("page", "paging.pageTooFar"));
        }
        Sort order = toSort(fields, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return PageRequest.of(number, pageSize, order);
    }

    /** The requested order alone, for exports of every matching row. */
    public Sort toSort(SortFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        Sort order = toSort(fields, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return order;
    }

    /**
     * Reads the sort keys. Spring splits a single {@code sort=name,asc} at the comma but not repeated
     * ones, so the values are read as one token list where {@code asc}/{@code desc} qualify the field
     * before them.
     */
    private Sort toSort(SortFields fields, List<FieldProblem> problems) {
        List<Sort.Order> orders = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String value : sort == null ? List.<String>of() : sort) {
            for (String token : value.split(",", -1)) {
                tokens.add(token.trim());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String field = tokens.get(i);
            Sort.Direction direction = Sort.Direction.ASC;
            if (i + 1 < tokens.size() && isDirection(tokens.get(i + 1))) {
                direction = Sort.Direction.fromString(tokens.get(++i));
            }
            String property = fields.property(field);
            if (property == null) {
                problems.add(new FieldProblem("sort", "paging.sortField", field, fields.names()));
            } else {
                orders.add(new Sort.Order(direction, property));
            }
        }
        return Sort.by(orders).and(fields.defaultOrder());
    }

    private static boolean isDirection(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.equals("asc") || lower.equals("desc");
    }
}
