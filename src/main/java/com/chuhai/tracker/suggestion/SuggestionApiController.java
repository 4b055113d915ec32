package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.web.PageParams;
import com.chuhai.tracker.web.PageResponse;
import com.chuhai.tracker.web.SortFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(SuggestionApiController.PATH)
@Tag(
        name = "Suggestions",
        description = "Facts and corrections readers suggest, with their sources, and editors' decisions on them."
                + " Anyone may suggest; only editors read the queue and decide.")
class SuggestionApiController {

    static final String PATH = "/api/v1/suggestions";
    static final SortFields SORT = SortFields.of(Sort.by(Sort.Direction.DESC, "createdAt"), "createdAt", "createdAt");

    private final SuggestionService suggestions;
    private final SuggestionViews views;

    SuggestionApiController(SuggestionService suggestions, SuggestionViews views) {
        this.suggestions = suggestions;
        this.views = views;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Suggest a fact or a correction",
            description = "No account needed. Checked by the same rules as the adoptions' and migrations' APIs"
                    + " (400 with the errors of each field); nothing is public until an editor accepts it."
                    + " Keep the answer's id: GET /api/v1/suggestions/{id} tells the outcome.")
    ResponseEntity<SuggestionReceipt> create(@Valid @RequestBody SuggestionRequest request) {
        SuggestionReceipt receipt = suggestions.submit(request);
        return ResponseEntity.created(URI.create(PATH + "/" + receipt.id())).body(receipt);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The editors' queue", description = "Editors only. Newest first; sortable by createdAt.")
    PageResponse<SuggestionResponse> list(
            @ParameterObject SuggestionFilter filter, @ParameterObject PageParams paging) {
        return PageResponse.of(views.queue(filter, paging.toPageable(SORT)));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A suggestion's outcome",
            description = "Public to whoever holds the tracking id: its status, and the reason of a rejection.")
    SuggestionReceipt get(@PathVariable String id) {
        return views.receipt(id);
    }

    @PostMapping(
            path = "/{id}/accept",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Accept a suggestion",
            description = "Editors only. Records it as suggested, or as edited in the body, in one transaction;"
                    + " 409 when it is closed, or when a correction's record changed since (confirm its version).")
    SuggestionReceipt accept(
            @PathVariable String id, @Valid @RequestBody(required = false) AcceptRequest edits, Principal editor) {
        return suggestions.accept(id, edits, editor.getName());
    }

    @PostMapping(
            path = "/{id}/reject",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a suggestion", description = "Editors only, with the reason the reader will see.")
    SuggestionReceipt reject(@PathVariable String id, @Valid @RequestBody RejectRequest request, Principal editor) {
        return suggestions.reject(id, request.reason(), editor.getName());
    }
}
