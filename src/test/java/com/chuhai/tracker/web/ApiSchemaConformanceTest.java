package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real answers of every GET of the API, over the shipped facts, validated against the schemas the
 * OpenAPI document publishes for them (JSON Schema 2020-12, networknt's validator): a generated
 * client that trusts the document, required and nullable properties included, can read every answer.
 */
@IntegrationTest
class ApiSchemaConformanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    @Autowired
    TestData data;

    /** Reads the editors' queue; made in {@link #keys}. */
    private Login editor;

    @Test
    void everyGetAnswersAsItsSchemaSays() {
        JsonNode document = api.get("/v3/api-docs").json();
        ObjectNode definitions = (ObjectNode) JSON.readTree(
                document.get("components").get("schemas").toString().replace("#/components/schemas/", "#/$defs/"));
        Map<String, String> keys = keys();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            JsonNode schema = get.get("responses")
                    .get("200")
                    .get("content")
                    .get("application/json")
                    .get("schema");
            String uri = path.getKey();
            for (Map.Entry<String, String> key : keys.entrySet()) {
                uri = uri.replace(key.getKey(), key.getValue());
            }
            boolean editorsOnly =
                    get.has("security") && get.get("security").toString().contains("basicAuth");
            Api.Reply reply = editorsOnly ? api.send(HttpMethod.GET, uri, null, editor) : api.get(uri);
            assertThat(reply.status()).as(uri).isEqualTo(200);
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.setAll((ObjectNode) JSON.readTree(schema.toString().replace("#/components/schemas/", "#/$defs/")));
            root.set("$defs", definitions);
            Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(root.toString());
            for (Error error : validator.validate(reply.json())) {
                problems.add(uri + " " + error.getSchemaLocation() + ": " + error.getMessage());
            }
            checked++;
        }
        assertThat(checked).as("GET operations checked").isGreaterThanOrEqualTo(15);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAnswerSchemaListsItsRequiredProperties() {
        JsonNode schemas = api.get("/v3/api-docs").json().get("components").get("schemas");
        List<String> without = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            boolean request =
                    schema.getKey().endsWith("Request") || schema.getKey().equals("SourceRequest");
            if (!request
                    && schema.getValue().has("properties")
                    && !schema.getValue().has("required")) {
                without.add(schema.getKey());
            }
        }
        assertThat(without)
                .as("answer schemas without required properties (renamed fields included)")
                .isEmpty();
        assertThat(schemas.get("ByOrigin").get("required").toString())
                .as("properties renamed with @JsonProperty are required under their JSON names")
                .contains("\"US\"", "\"CN\"", "\"UNDISCLOSED\"");
    }

    @Test
    void aRefusedRequestAnswersAsTheProblemSchemaSays() {
        JsonNode document = api.get("/v3/api-docs").json();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/$defs/Problem");
        root.set(
                "$defs",
                JSON.readTree(document.get("components")
                        .get("schemas")
                        .toString()
                        .replace("#/components/schemas/", "#/$defs/")));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root.toString());
        Api.Reply refused = api.post("/api/v1/suggestions", Map.of("kind", "ADOPTION"), null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors")).as("field errors").isNotEmpty();
        Api.Reply unreadable = api.get("/api/v1/companies?page=x");
        assertThat(unreadable.status()).isEqualTo(400);
        for (Api.Reply reply : List.of(refused, unreadable)) {
            assertThat(validator.validate(reply.json())).as(reply.body()).isEmpty();
        }
    }

    /** A real key for each path variable, from the shipped facts. */
    private Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("/companies/{slug}", "/companies/tiktok");
        keys.put("/providers/{slug}", "/providers/aws");
        keys.put("/regions/{code}", "/regions/us");
        editor = data.user(Role.EDITOR);
        String adoptionId = null;
        for (String resource : List.of("adoptions", "migrations", "market-shares")) {
            String id = api.get("/api/v1/" + resource + "?size=1")
                    .json()
                    .get("content")
                    .get(0)
                    .get("id")
                    .asString();
            keys.put("/" + resource + "/{id}", "/" + resource + "/" + id);
            adoptionId = adoptionId == null ? id : adoptionId;
        }
        // A suggestion of each shape, so that the queue and a receipt answer with real content.
        List<Map<String, Object>> sources =
                List.of(Map.of("url", "https://example.com/" + TestData.unique("s"), "title", "T"));
        Api.Reply suggested = api.post(
                "/api/v1/suggestions",
                Map.of(
                        "kind", "ADOPTION",
                        "adoption",
                                Map.of(
                                        "company",
                                        "tiktok",
                                        "provider",
                                        "gcp",
                                        "region",
                                        "sg",
                                        "confidence",
                                        "REPORTED",
                                        "sources",
                                        sources),
                        "email", "reader@example.com"),
                null);
        assertThat(suggested.status()).as(suggested.body()).isEqualTo(201);
        Api.Reply correction = api.post(
                "/api/v1/suggestions",
                Map.of(
                        "kind", "CORRECTION",
                        "target", "adoptions/" + adoptionId,
                        "field", "workload",
                        "value", "Everything",
                        "sources", sources),
                null);
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        keys.put(
                "/suggestions/{id}",
                "/suggestions/" + suggested.json().get("id").asString());
        return keys;
    }
}
