package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.shared.CountryCode;
import com.chuhai.tracker.shared.Period;
import com.chuhai.tracker.shared.Slug;
import com.chuhai.tracker.shared.WebUrl;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every endpoint, its parameters, bodies, statuses and errors. */
@IntegrationTest
class OpenApiDocumentTest {

    private static final List<String> RESOURCES =
            List.of("providers", "regions", "companies", "adoptions", "migrations", "market-shares");

    @Autowired
    Api api;

    @Test
    void describesEveryResourceWithItsStatusesAndErrors() {
        JsonNode paths = document().get("paths");

        for (String resource : RESOURCES) {
            JsonNode list = paths.get("/api/v1/" + resource);
            assertThat(list).as(resource).isNotNull();
            assertThat(statuses(list.get("get"))).containsAll(List.of("200", "400"));
            JsonNode ok = list.get("get").get("responses").get("200");
            assertThat(ok.get("content").propertyNames())
                    .as("one type for the answer, the JSON page")
                    .containsExactly("application/json");
            assertThat(ok.get("x-csv").get("mediaType").asString()).isEqualTo("text/csv");
            assertThat(parameters(list.get("get"))).contains("page", "size", "sort", "format");
            assertThat(statuses(list.get("post"))).containsAll(List.of("201", "400", "401", "403", "409"));
            assertThat(list.get("post").get("requestBody"))
                    .as(resource + " body")
                    .isNotNull();
            assertThat(list.get("post").get("security")).isNotNull();

            String itemPath = paths.propertyNames().stream()
                    .filter(path -> path.startsWith("/api/v1/" + resource + "/{"))
                    .findFirst()
                    .orElseThrow();
            JsonNode one = paths.get(itemPath);
            assertThat(statuses(one.get("get"))).contains("200", "404");
            assertThat(statuses(one.get("put"))).contains("200", "400", "401", "403", "404", "409");
            assertThat(statuses(one.get("delete"))).contains("204", "401", "403", "404", "409");
        }
    }

    @Test
    void describesTheStatisticsAndTheirParameters() {
        JsonNode paths = document().get("paths");

        Map<String, List<String>> expected = Map.of(
                "/api/v1/stats/overview", List.of("asOf", "sector", "region"),
                "/api/v1/stats/timeline", List.of("from", "to", "sector", "region"),
                "/api/v1/stats/flows", List.of("from", "to", "region"));
        expected.forEach((path, parameters) -> {
            assertThat(parameters(paths.get(path).get("get"))).as(path).containsAll(parameters);
            assertThat(statuses(paths.get(path).get("get"))).as(path).contains("200", "400", "503");
        });
        assertThat(paths.get("/api/v1/stats/overview")
                        .get("get")
                        .get("responses")
                        .get("503")
                        .get("headers")
                        .has("Retry-After"))
                .isTrue();
    }

    @Test
    void describesTheProblemShapeOfErrors() {
        JsonNode document = document();
        JsonNode problem = document.get("components").get("schemas").get("Problem");

        assertThat(problem.get("properties").propertyNames()).contains("status", "title", "detail", "errors");
        JsonNode badRequest = document.get("paths")
                .get("/api/v1/companies")
                .get("post")
                .get("responses")
                .get("400")
                .get("content")
                .get("application/problem+json");
        assertThat(badRequest.get("schema").get("$ref").asString()).endsWith("/Problem");
    }

    @Test
    void publishesThePatternsOfSlugsCodesCountriesAddressesAndPeriods() {
        JsonNode schemas = document().get("components").get("schemas");

        assertThat(pattern(schemas, "CompanyRequest", "slug")).isEqualTo(Slug.PATTERN);
        assertThat(pattern(schemas, "RegionRequest", "code")).isEqualTo(Slug.PATTERN);
        assertThat(pattern(schemas, "ProviderRequest", "country")).isEqualTo(CountryCode.PATTERN);
        assertThat(pattern(schemas, "CompanyRequest", "website")).isEqualTo(WebUrl.PATTERN);
        assertThat(pattern(schemas, "SourceRequest", "url")).isEqualTo(WebUrl.PATTERN);
        assertThat(pattern(schemas, "MarketShareRequest", "period")).isEqualTo(Period.PATTERN);
    }

    private static String pattern(JsonNode schemas, String schema, String property) {
        JsonNode described = schemas.get(schema).get("properties").get(property);
        return described.has("pattern") ? described.get("pattern").asString() : null;
    }

    @Test
    void servesSwaggerUi() {
        Reply redirect = api.get("/swagger-ui.html", "text/html");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(api.get("/swagger-ui/index.html", "text/html").status()).isEqualTo(200);
    }

    @Test
    void namesEveryOperationStablyAndSaysWhichNeedCredentials() {
        JsonNode document = document();
        List<String> declaredTags = new java.util.ArrayList<>();
        document.get("tags").forEach(tag -> declaredTags.add(tag.get("name").asString()));
        List<String> ids = new java.util.ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode op = operation.getValue();
                    String id = op.get("operationId").asString();
                    ids.add(id);
                    assertThat(id).as(path.getKey() + " " + operation.getKey()).matches("[a-z][A-Za-z]+");
                    assertThat(op.get("tags")).as(id + " tags").hasSize(1);
                    assertThat(declaredTags)
                            .as(id + ": its tag is declared, with a description")
                            .contains(op.get("tags").get(0).asString());
                    boolean open = id.equals("createSuggestion");
                    boolean editorsOnly = id.equals("listSuggestions");
                    if (open || (operation.getKey().equals("get") && !editorsOnly)) {
                        assertThat(op.get("security"))
                                .as(id + ": a public read")
                                .isNotNull()
                                .isEmpty();
                    } else {
                        assertThat(op.get("security").toString()).as(id).contains("basicAuth");
                    }
                }));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids)
                .contains(
                        "createSuggestion",
                        "listSuggestions",
                        "getSuggestion",
                        "acceptSuggestion",
                        "rejectSuggestion",
                        "listCompanies",
                        "getCompany",
                        "createCompany",
                        "replaceCompany",
                        "deleteCompany",
                        "listMarketShares",
                        "createAdoption",
                        "statsOverview",
                        "statsTimeline",
                        "statsFlows");
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
        JsonNode page = java.util.stream.StreamSupport.stream(
                        document.get("paths")
                                .get("/api/v1/companies")
                                .get("get")
                                .get("parameters")
                                .spliterator(),
                        false)
                .filter(parameter -> parameter.get("name").asString().equals("page"))
                .findFirst()
                .orElseThrow();
        assertThat(page.get("schema").get("type").asString()).isEqualTo("integer");
        JsonNode fromYear = java.util.stream.StreamSupport.stream(
                        document.get("paths")
                                .get("/api/v1/stats/timeline")
                                .get("get")
                                .get("parameters")
                                .spliterator(),
                        false)
                .filter(parameter -> parameter.get("name").asString().equals("from"))
                .findFirst()
                .orElseThrow();
        assertThat(fromYear.get("schema").get("type").asString()).isEqualTo("integer");
        assertThat(fromYear.get("schema").get("minimum").asInt()).isEqualTo(1900);
        assertThat(fromYear.get("schema").get("maximum").asInt()).isEqualTo(2100);
    }

    @Test
    void parsesCleanlyAsGeneratedClientToolsReadIt() {
        io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
        options.setResolve(true);
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(api.get("/v3/api-docs").body(), null, options);

        assertThat(parsed.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    /**
     * Writes the document the app serves where the build generates its Java client from (the
     * generated-client profile in pom.xml), so the client is generated from the live document.
     */
    @Test
    void publishesTheDocumentForTheGeneratedClient() throws IOException {
        Reply reply = api.get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);

        Path target = Path.of("target", "openapi", "chuhai-api.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, reply.body());

        assertThat(Files.readString(target)).contains("\"operationId\":\"listCompanies\"");
    }

    private JsonNode document() {
        Reply reply = api.get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> statuses(JsonNode operation) {
        assertThat(operation).isNotNull();
        return List.copyOf(operation.get("responses").propertyNames());
    }

    private static List<String> parameters(JsonNode operation) {
        return operation
                .get("parameters")
                .valueStream()
                .map(p -> p.get("name").asString())
                .toList();
    }
}
