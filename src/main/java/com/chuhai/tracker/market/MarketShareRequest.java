package com.chuhai.tracker.market;

import com.chuhai.tracker.shared.Period;
import com.chuhai.tracker.source.SourceRequest;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A market share to create or replace. Fields that only responses carry are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "MarketShareRequest")
record MarketShareRequest(
        @NotBlank @Period @Schema(description = "A year or a quarter.", example = "2022-Q4")
        String period,

        @NotNull MarketScope scope,

        @NotBlank @Schema(description = "Provider slug.", example = "aws")
        String provider,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "32.5")
        BigDecimal sharePercent,

        @Size(max = 200) @Schema(description = "What the share is of.", example = "% of IaaS (Gartner)")
        String measure,

        @Valid SourceRequest source,

        @Schema(description = "The version read before changing the share; required to replace it.")
        Long version) {}
