package com.chuhai.tracker.adoption;

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
@RequestMapping(AdoptionApiController.PATH)
@Tag(
        name = "Adoptions",
        description = "Who uses which provider for data or workloads in which region, from when to when.")
class AdoptionApiController {

    static final String PATH = "/api/v1/adoptions";
    static final SortFields SORT = SortFields.of(
            Sort.by("id"),
            "id",
            "id",
            "startDate",
            "startDate",
            "endDate",
            "endDate",
            "company",
            "company.slug",
            "provider",
            "provider.slug",
            "region",
            "region.code");

    private final AdoptionService adoptions;

    AdoptionApiController(AdoptionService adoptions) {
        this.adoptions = adoptions;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List adoptions",
            description = "Sortable by id, startDate, endDate, company, provider, region.")
    PageResponse<AdoptionResponse> list(@ParameterObject AdoptionFilter filter, @ParameterObject PageParams paging) {
        return PageResponse.of(adoptions.page(filter, paging.toPageable(SORT)));
    }

    @GetMapping(produces = CsvExport.TEXT_CSV)
    @Hidden // documented as the text/csv answer of the list operation (OpenApiConfig)
    void export(
            @ParameterObject AdoptionFilter filter, @ParameterObject PageParams paging, HttpServletResponse response)
            throws IOException {
        Sort sort = paging.toSort(SORT);
        CsvExport.write(response, "adoptions", AdoptionResponse.CSV, rows -> adoptions.forEach(filter, sort, rows));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One adoption")
    AdoptionResponse get(@PathVariable long id) {
        return adoptions.get(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an adoption")
    ResponseEntity<AdoptionResponse> create(@Valid @RequestBody AdoptionRequest request) {
        AdoptionResponse created = adoptions.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @PutMapping(
            path = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace an adoption",
            description = "Send the version you read; an adoption changed since is refused with 409.")
    AdoptionResponse update(@PathVariable long id, @Valid @RequestBody AdoptionRequest request) {
        return adoptions.update(id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an adoption")
    ResponseEntity<Void> delete(@PathVariable long id) {
        adoptions.delete(id);
        return ResponseEntity.noContent().build();
    }
}
