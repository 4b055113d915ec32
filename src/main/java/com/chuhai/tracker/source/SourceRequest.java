package com.chuhai.tracker.source;

import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.WebUrl;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A source named in a claim. A source is known by its URL: a URL already stored reuses that source as
 * it is (title and publisher may then be left out); a new URL creates a source and needs a title.
 */
@Schema(description = "Evidence for a claim, identified by its URL.")
public record SourceRequest(
        @NotBlank @Size(max = 1000) @WebUrl(message = "{source.urlScheme.field}")
        String url,

        @Size(max = 500) @Schema(description = "Required when the URL is not stored yet.")
        String title,

        @Size(max = 200) String publisher,
        LocalDate publishedOn,

        @Schema(description = "How precisely publishedOn is known; DAY when left out.")
        DatePrecision publishedPrecision) {}
