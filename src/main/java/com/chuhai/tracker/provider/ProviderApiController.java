package com.chuhai.tracker.provider;

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
@RequestMapping(ProviderApiController.PATH)
@Tag(name = "Providers", description = "Cloud providers, colocation operators and companies' own data centres.")
class ProviderApiController {

    static final String PATH = "/api/v1/providers";
    static final SortFields SORT =
            SortFields.of(Sort.by("slug"), "slug", "slug", "name", "name", "kind", "kind", "country", "country");

    private final ProviderService providers;

    ProviderApiController(ProviderService providers) {
        this.providers = providers;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List providers", description = "Sortable by slug, name, kind, country.")
    PageResponse<ProviderResponse> list(@ParameterObject ProviderFilter filter, @ParameterObject PageParams paging) {
        return PageResponse.of(providers.page(filter, paging.toPageable(SORT)));
    }

    @GetMapping(produces = CsvExport.TEXT_CSV)
    @Hidden // documented as the text/csv answer of the list operation (OpenApiConfig)
    void export(
            @ParameterObject ProviderFilter filter, @ParameterObject PageParams paging, HttpServletResponse response)
            throws IOException {
        Sort sort = paging.toSort(SORT);
        CsvExport.write(
                response,
                "providers",
                ProviderResponse.CSV,
                rows -> providers.list(filter, sort).forEach(rows));
    }

    @GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One provider")
    ProviderResponse get(@PathVariable String slug) {
        return providers.get(slug);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a provider")
    ResponseEntity<ProviderResponse> create(@Valid @RequestBody ProviderRequest request) {
        ProviderResponse created = providers.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.slug())).body(created);
    }

    @PutMapping(
            path = "/{slug}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a provider",
            description =
                    "Send the version you read; a provider changed since is refused with 409. A new slug renames it.")
    ProviderResponse update(@PathVariable String slug, @Valid @RequestBody ProviderRequest request) {
        return providers.update(slug, request);
    }

    @DeleteMapping("/{slug}")
    @Operation(
            summary = "Delete a provider",
            description = "Refused with 409 while adoptions, migrations or market shares refer to it.")
    ResponseEntity<Void> delete(@PathVariable String slug) {
        providers.delete(slug);
        return ResponseEntity.noContent().build();
    }
}
