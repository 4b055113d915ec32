package com.chuhai.tracker.suggestion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an editor turns a suggestion down; the reader sees it at the suggestion's private address. */
@Schema(name = "RejectRequest")
public record RejectRequest(@NotBlank @Size(max = 2000) String reason) {}
