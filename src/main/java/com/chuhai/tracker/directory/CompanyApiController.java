package com.chuhai.tracker.directory;

import com.chuhai.tracker.company.CompanyRequest;
import com.chuhai.tracker.company.CompanyResponse;
import com.chuhai.tracker.company.CompanyService;
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
@RequestMapping(CompanyApiController.PATH)
@Tag(name = "Companies", description = "Chinese companies going abroad, with their parents and sectors.")
class CompanyApiController {

    static final String PATH = "/api/v1/companies";
    static final SortFields SORT = SortFields.of(
            Sort.by("slug"),
            "slug",
            "slug",
            "name",
            "sortName",
            "sector",
            "sector",
            "foundedYear",
            "foundedYear",
            "originCountry",
            "originCountry");

    private final CompanyDirectory directory;
    private final CompanyService companies;

    CompanyApiController(CompanyDirectory directory, CompanyService companies) {
        this.directory = directory;
        this.companies = companies;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List companies",
            description = "Sortable by slug, name, sector, foundedYear, originCountry. An unknown provider or"
                    + " region matches no company.")
    PageResponse<CompanyResponse> list(@ParameterObject CompanyFilter filter, @ParameterObject PageParams paging) {
        return PageResponse.of(directory.page(filter, paging.toPageable(SORT)));
    }

    @GetMapping(produces = CsvExport.TEXT_CSV)
    @Hidden // documented as the text/csv answer of the list operation (OpenApiConfig)
    void export(@ParameterObject CompanyFilter filter, @ParameterObject PageParams paging, HttpServletResponse response)
            throws IOException {
        Sort sort = paging.toSort(SORT);
        CsvExport.write(response, "companies", CompanyResponse.CSV, rows -> directory.forEach(filter, sort, rows));
    }

    @GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One company")
    CompanyResponse get(@PathVariable String slug) {
        return companies.get(slug);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a company")
    ResponseEntity<CompanyResponse> create(@Valid @RequestBody CompanyRequest request) {
        CompanyResponse created = companies.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.slug())).body(created);
    }

    @PutMapping(
            path = "/{slug}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a company",
            description =
                    "Send the version you read; a company changed since is refused with 409. A new slug renames it.")
    CompanyResponse update(@PathVariable String slug, @Valid @RequestBody CompanyRequest request) {
        return companies.update(slug, request);
    }

    @DeleteMapping("/{slug}")
    @Operation(
            summary = "Delete a company",
            description = "Refused with 409 while adoptions, migrations or subsidiaries refer to it.")
    ResponseEntity<Void> delete(@PathVariable String slug) {
        companies.delete(slug);
        return ResponseEntity.noContent().build();
    }
}
