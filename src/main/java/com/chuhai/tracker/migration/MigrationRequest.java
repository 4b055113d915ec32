package com.chuhai.tracker.migration;

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
 * A migration to record or correct. {@code datePrecision} applies to both dates unless
 * {@code announcedPrecision} or {@code completedPrecision} says otherwise; a date without any
 * precision is known to the DAY. Fields that only responses carry are accepted and ignored.
 */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "MigrationRequest")
public record MigrationRequest(
        @NotBlank @Schema(description = "Company slug.", example = "tiktok")
        String company,

        @Schema(
                description = "Region code of a move within one region: fromRegion and toRegion at once."
                        + " Give it, or fromRegion (and toRegion for a relocation).",
                example = "us")
        String region,

        @Schema(description = "Region code the data leaves; defaults to region.", example = "hk")
        String fromRegion,

        @Schema(
                description = "Region code the data moves to; defaults to region, else to fromRegion. A"
                        + " relocation has it differ from fromRegion.",
                example = "sg")
        String toRegion,

        @Schema(description = "Slug of the provider left; null when not disclosed.", example = "alibaba")
        String fromProvider,

        @Schema(description = "Slug of the provider moved to; null when not disclosed.", example = "oracle")
        String toProvider,

        @NotNull @Schema(example = "2021-05-13") LocalDate announcedOn,

        @Schema(description = "Required when the status is COMPLETED.")
        LocalDate completedOn,

        @Schema(description = "Precision of both dates, unless announcedPrecision or completedPrecision is given.")
        DatePrecision datePrecision,

        DatePrecision announcedPrecision,
        DatePrecision completedPrecision,

        @NotNull
        @Schema(
                description = "COMPLETED ends the company's adoption of fromProvider (or its undisclosed"
                        + " one) in fromRegion on completedOn and opens one of toProvider in toRegion, in the"
                        + " same transaction; an undisclosed toProvider opens an undisclosed adoption when"
                        + " the regions differ, nothing when they are the same.")
        MigrationStatus status,

        @NotNull MigrationReason reason,
        @Size(max = 2000) String summary,
        @NotNull Confidence confidence,
        @Valid @Size(max = 50) List<@NotNull SourceRequest> sources,

        @Schema(description = "The version read before changing the migration; required to replace it.")
        Long version) {}
