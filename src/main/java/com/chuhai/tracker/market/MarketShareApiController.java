package com.chuhai.tracker.market;

import com.chuhai.tracker.web.CsvExport;
import com.chuhai.tracker.web.PageParams;
import com.chuhai.tracker.web.PageResponse;
import com.chuhai.tracker.web.SortFields;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(MarketShareApiController.PATH)
@Tag(
        name = "Market shares",
        description = "Providers' shares of the world or Chinese cloud market, from market trackers.")
class MarketShareApiController {

    static final String PATH = "/api/v1/market-shares";
    static final SortFields SORT = SortFields.of(
            Sort.by(Sort.Direction.DESC, "period").and(Sort.by(Sort.Direction.DESC, "sharePercent")),
            "id",
            "id",
            "period",
            "period",
            "sharePercent",
            "sharePercent",
            "provider",
            "provider.slug");

    private final MarketShareService shares;

    MarketShareApiController(MarketShareService shares) {
        this.shares = shares;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List market shares",
            description = "Sortable by id, period, sharePercent, provider; latest period first by default.")
    PageResponse<MarketShareResponse> list(
            @ParameterObject MarketShareFilter filter, @ParameterObject PageParams paging) {
        return PageResponse.of(shares.page(filter, paging.toPageable(SORT)));
    }

    @GetMapping(produces = CsvExport.TEXT_CSV)
    @Hidden // documented as the text/csv answer of the list operation (OpenApiConfig)
    void export(
            @ParameterObject MarketShareFilter filter, @ParameterObject PageParams paging, HttpServletResponse response)
            throws IOException {
        Sort sort = paging.toSort(SORT);
        CsvExport.write(
                response,
                "shares",
                MarketShareResponse.CSV,
                rows -> shares.list(filter, sort).forEach(rows));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One market share")
    MarketShareResponse get(@PathVariable long id) {
        return shares.get(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a market share")
    ResponseEntity<MarketShareResponse> create(@Valid @RequestBody MarketShareRequest request) {
        MarketShareResponse created = shares.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @PutMapping(
            path = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a market share",
            description = "Send the version you read; a share changed since is refused with 409.")
    MarketShareResponse update(@PathVariable long id, @Valid @RequestBody MarketShareRequest request) {
        return shares.update(id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a market share")
    ResponseEntity<Void> delete(@PathVariable long id) {
        shares.delete(id);
        return ResponseEntity.noContent().build();
    }
}
