package com.chuhai.tracker.migration;

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
@RequestMapping(MigrationApiController.PATH)
@Tag(
        name = "Migrations",
        description = "Companies moving workloads from one provider to another, or their data from one region to"
                + " another (relocations); either provider may be undisclosed.")
class MigrationApiController {

    static final String PATH = "/api/v1/migrations";
    static final SortFields SORT = SortFields.of(
            Sort.by(Sort.Direction.DESC, "announcedOn"),
            "id",
            "id",
            "announcedOn",
            "announcedOn",
            "completedOn",
            "completedOn",
            "company",
            "company.slug",
            "status",
            "status");

    private final MigrationService migrations;

    MigrationApiController(MigrationService migrations) {
        this.migrations = migrations;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List migrations",
            description =
                    "Sortable by id, announcedOn, completedOn, company, status; newest announcement first by default.")
    PageResponse<MigrationResponse> list(@ParameterObject MigrationFilter filter, @ParameterObject PageParams paging) {
        return PageResponse.of(migrations.page(filter, paging.toPageable(SORT)));
    }

    @GetMapping(produces = CsvExport.TEXT_CSV)
    @Hidden // documented as the text/csv answer of the list operation (OpenApiConfig)
    void export(
            @ParameterObject MigrationFilter filter, @ParameterObject PageParams paging, HttpServletResponse response)
            throws IOException {
        Sort sort = paging.toSort(SORT);
        CsvExport.write(response, "migrations", MigrationResponse.CSV, rows -> migrations.forEach(filter, sort, rows));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One migration")
    MigrationResponse get(@PathVariable long id) {
        return migrations.get(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a migration",
            description = "A COMPLETED migration ends the company's adoption of fromProvider (its undisclosed"
                    + " one when fromProvider is null) in fromRegion on completedOn and opens one of toProvider in"
                    + " toRegion, in one transaction; an undisclosed toProvider opens an undisclosed adoption after"
                    + " a relocation and nothing after a move within one region. 400 when the company has no such"
                    + " adoption in use. `region` may stand for both regions of a move within one region.")
    ResponseEntity<MigrationResponse> create(@Valid @RequestBody MigrationRequest request) {
        MigrationResponse created = migrations.create(request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @PutMapping(
            path = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Correct a migration",
            description = "Send the version you read; a migration changed since is refused with 409. Turning it"
                    + " COMPLETED moves the adoptions as on creation; a completed migration's company, regions,"
                    + " providers, completion date and status are fixed.")
    MigrationResponse update(@PathVariable long id, @Valid @RequestBody MigrationRequest request) {
        return migrations.update(id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a migration", description = "Adoptions it moved stay as they are.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        migrations.delete(id);
        return ResponseEntity.noContent().build();
    }
}
