package com.chuhai.tracker.region;

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
@RequestMapping(RegionApiController.PATH)
@Tag(name = "Regions", description = "Data-residency regions: where companies keep data and run workloads.")
class RegionApiController {

    static final String PATH = "/api/v1/regions";
    static final SortFields SORT = SortFields.of(
            Sort.by("code"), "code", "code", "name", "name", "category", "category", "country", "country");

    private final RegionService regions;

    RegionApiController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List regions", description = "Sortable by code, name, category, country.")
    PageResponse<RegionResponse> list(@ParameterObject RegionFilter filter, @ParameterObject PageParams paging) {
        return PageResponse.of(regions.page(filter, paging.toPageable(SORT)));
    }

    @GetMapping(produces = CsvExport.TEXT_CSV)
    @Hidden // documented as the text/csv answer of the list operation (OpenApiConfig)
    void export(@ParameterObject RegionFilter filter, @ParameterObject PageParams paging, HttpServletResponse response)
            throws IOException {
        Sort sort = paging.toSort(SORT);
        CsvExport.write(
                response,
                "regions",
                RegionResponse.CSV,
                rows -> regions.list(filter, sort).forEach(rows));
    }

    @GetMapping(path = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One region")
    RegionResponse get(@PathVariable String code) {
        return regions.get(code);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a region")
    ResponseEntity<RegionResponse> create(@Valid @RequestBody RegionRequest request) {
        RegionResponse created = regions.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.code())).body(created);
    }

    @PutMapping(
            path = "/{code}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a region",
            description =
                    "Send the version you read; a region changed since is refused with 409. A new code renames it.")
    RegionResponse update(@PathVariable String code, @Valid @RequestBody RegionRequest request) {
        return regions.update(code, request);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Delete a region", description = "Refused with 409 while adoptions or migrations refer to it.")
    ResponseEntity<Void> delete(@PathVariable String code) {
        regions.delete(code);
        return ResponseEntity.noContent().build();
    }
}
