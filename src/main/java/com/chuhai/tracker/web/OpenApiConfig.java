package com.chuhai.tracker.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The OpenAPI document's frame: title, the Basic sign-in for writes, and the problem-detail answers
 * each operation can give, added by method so that no endpoint forgets one.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String SUGGESTIONS = "/api/v1/suggestions";

    static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI trackerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Chuhai Cloud Tracker API")
                        .version("v1")
                        .description("Which clouds Chinese companies going abroad use, where they keep data, and who"
                                + " moved from whom to whom. Anyone may read; writes need HTTP Basic as an editor"
                                + " or admin. Errors are RFC 9457 problem details. Lists are paged (page, size ≤ "
                                + PageParams.MAX_SIZE + ", sort=field,asc|desc) and export every matching row as"
                                + " CSV with Accept: text/csv or format=csv. Every fact carries its source."))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC_AUTH,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Adds to each operation the errors it can answer with, and the sign-in to every write. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> {
                boolean hasKey = path.contains("{");
                boolean isList = !hasKey && !path.startsWith("/api/v1/stats") && !path.equals(SUGGESTIONS);
                item.readOperationsMap().forEach((method, operation) -> {
                    operation.setOperationId(operationId(method, path));
                    if (operation.getTags() == null || operation.getTags().isEmpty()) {
                        operation.setTags(List.of(tag(path)));
                    }
                    describe(method, operation, hasKey, path);
                    if (isList && method == PathItem.HttpMethod.GET) {
                        describeCsvExport(operation);
                    }
                });
            });
        };
    }

    private static void describe(PathItem.HttpMethod method, Operation operation, boolean hasKey, String path) {
        ApiResponses responses = operation.getResponses();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        // Readers suggest without an account (throttled per address); only editors read the queue.
        boolean suggesting = path.equals(SUGGESTIONS) && method == PathItem.HttpMethod.POST;
        boolean editorsOnly = path.equals(SUGGESTIONS) && method == PathItem.HttpMethod.GET;
        if (method == PathItem.HttpMethod.POST) {
            rename(responses, "200", "201", "Created; the Location header gives its address.");
            ApiResponse created = responses.get("201");
            if (created != null) {
                created.addHeaderObject(
                        "Location",
                        new Header().description("The new item's address.").schema(new StringSchema()));
            }
        }
        if (method == PathItem.HttpMethod.GET) {
            add(responses, "406", "The Accept header asks for a format the address does not answer in.");
        }
        if (method == PathItem.HttpMethod.DELETE) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Deleted."));
        }
        add(responses, "400", "Invalid input: the errors list names each field or parameter.");
        add(responses, "401", "Wrong credentials (HTTP Basic); writes also answer this when none are sent.");
        if (hasKey) {
            add(responses, "404", "No such item.");
        }
        if ((!write || suggesting) && !editorsOnly) {
            // Public: no credentials needed (an empty requirement, not an unstated one).
            operation.setSecurity(new ArrayList<>());
        } else {
            operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
            add(responses, "403", "Signed in with a role that may not do this.");
        }
        if (suggesting) {
            add(responses, "413", "The body is larger than a suggestion can be (64 KB by default).");
            add(responses, "429", "Too many suggestions from this address; try again after the Retry-After seconds.");
            responses
                    .get("429")
                    .addHeaderObject(
                            HttpHeaders.RETRY_AFTER,
                            new Header()
                                    .description("Seconds to wait before trying again.")
                                    .schema(new IntegerSchema()));
        }
        if (write) {
            add(responses, "409", "Conflict: a taken slug or code, a stale version, or a row still in use.");
            add(responses, "415", "The body is not application/json.");
        }
        add(responses, "405", "The address does not accept this method.");
        add(responses, "500", "A fault on our side, logged; the answer carries no detail.");
        add(
                responses,
                "503",
                "The database is unreachable for now (nothing was changed), or, for a CSV export, four exports"
                        + " already run; try again after the Retry-After seconds.");
        responses
                .get("503")
                .addHeaderObject(
                        HttpHeaders.RETRY_AFTER,
                        new Header()
                                .description("Seconds to wait before trying again.")
                                .schema(new IntegerSchema()));
    }

    /**
     * A stable, meaningful name for generated clients, from the method and the path, never from the
     * controller's method names: {@code listCompanies}, {@code getCompany}, {@code createAdoption},
     * {@code replaceRegion}, {@code deleteMigration}, {@code statsOverview}; deeper paths add their
     * words ({@code GET /api/v1/companies/{slug}/history} is {@code getCompanyHistory}).
     */
    static String operationId(PathItem.HttpMethod method, String path) {
        List<String> words = new ArrayList<>();
        for (String segment : path.replaceFirst("^/api/v1/", "").split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                words.add(segment);
            }
        }
        if (words.get(0).equals("stats")) {
            return camel(words);
        }
        if (method == PathItem.HttpMethod.POST && !path.endsWith("}") && words.size() > 1) {
            // An action on an item: POST /api/v1/suggestions/{id}/accept is acceptSuggestion.
            return camel(List.of(words.get(words.size() - 1), singular(words.get(0))));
        }
        boolean one = path.endsWith("}") || words.size() > 1;
        String verb = switch (method) {
            case GET -> one ? "get" : "list";
            case POST -> "create";
            case PUT -> "replace";
            case PATCH -> "update";
            case DELETE -> "delete";
            default -> method.name().toLowerCase(Locale.ROOT);
        };
        if (one || method != PathItem.HttpMethod.GET) {
            words.set(0, singular(words.get(0)));
        }
        List<String> named = new ArrayList<>(List.of(verb));
        named.addAll(words);
        return camel(named);
    }

    /** The resource a path belongs to, as its tag: {@code companies}, {@code stats}, … */
    static String tag(String path) {
        return path.replaceFirst("^/api/v1/", "").split("/")[0];
    }

    private static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** {@code [list, market-shares]} as {@code listMarketShares}. */
    private static String camel(List<String> words) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            for (String part : word.split("-")) {
                if (part.isEmpty()) {
                    continue;
                }
                name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return name.toString();
    }

    /**
     * A list also answers as CSV (every matching row, not one page; the export handler is hidden). The
     * CSV is documented on the {@code format} parameter and as the extension {@code x-csv} of the 200
     * answer, not as a second content type of it: a generated client's type for the answer stays the
     * JSON page, never a union with a string.
     */
    private static void describeCsvExport(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null && ok.getContent() != null) {
            ok.getContent().remove(CsvExport.TEXT_CSV);
            ok.addExtension(
                    "x-csv",
                    Map.of(
                            "mediaType",
                            CsvExport.TEXT_CSV,
                            "description",
                            "With format=csv (or Accept: text/csv): every matching row (not one page) in the order"
                                    + " asked, with a header row; UTF-8, RFC 4180 quoting."));
        }
        operation.addParametersItem(new Parameter()
                .in("query")
                .name("format")
                .description("csv answers with every matching row as CSV (text/csv; UTF-8, RFC 4180, a header"
                        + " row), as Accept: text/csv does, for plain links; json, the default, answers the page.")
                .schema(new StringSchema()._enum(List.of("json", "csv"))));
        operation.addParametersItem(new Parameter()
                .in("query")
                .name(CsvExport.EXCEL)
                .description("With CSV: true starts the file with a UTF-8 byte-order mark, so that Excel opens"
                        + " Chinese names correctly.")
                .schema(new BooleanSchema()._default(false)));
    }

    private static void rename(ApiResponses responses, String from, String to, String description) {
        ApiResponse response = responses.remove(from);
        if (response != null) {
            responses.addApiResponse(to, response.description(description));
        }
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.computeIfAbsent(
                status,
                key -> new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> error = new LinkedHashMap<>();
        error.put(
                "field",
                new Schema<String>()
                        .types(new LinkedHashSet<>(List.of("string", "null")))
                        .description("The field or parameter at fault; null for the whole body."));
        error.put("code", new StringSchema().description("A stable code, e.g. NotBlank or reference.unknown."));
        error.put("message", new StringSchema().description("What is wrong, in the request's language."));
        return new ObjectSchema()
                .description("An RFC 9457 problem detail.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .description("Left out when it is about:blank (RFC 9457).")
                                .example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/v1/companies"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new ObjectSchema().properties(error).required(List.copyOf(error.keySet())))
                                .description("For 400: each invalid field or parameter."))
                .required(List.of("title", "status"));
    }
}
