package com.chuhai.tracker.adoption;

import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceRequest;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An adoption to create or replace. {@code datePrecision} applies to both dates unless
 * {@code startPrecision} or {@code endPrecision} says otherwise; a date without any precision is
 * known to the DAY. Fields that only responses carry are accepted and ignored.
 */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "AdoptionRequest")
public record AdoptionRequest(
        @NotBlank @Schema(description = "Company slug.", example = "tiktok")
        String company,

        @Schema(
                description = "Provider slug; null (or absent) when the sources say where the data lives but"
                        + " not who runs it.",
                example = "oracle")
        String provider,

        @NotBlank @Schema(description = "Region code.", example = "us")
        String region,

        @Schema(description = "Null when the start was not reported.", example = "2022-06-01")
        LocalDate startDate,

        @Schema(description = "Null while still in use; not before startDate.")
        LocalDate endDate,

        @Schema(description = "Precision of both dates, unless startPrecision or endPrecision is given.")
        DatePrecision datePrecision,

        DatePrecision startPrecision,
        DatePrecision endPrecision,
        @Size(max = 500) @Schema(example = "US user data") String workload,
        @NotNull Confidence confidence,
        @Valid @Size(max = 50) List<@NotNull SourceRequest> sources,

        @Schema(description = "The version read before changing the adoption; required to replace it.")
        Long version) {}
