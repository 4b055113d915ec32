package com.chuhai.tracker.suggestion;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static com.chuhai.tracker.suggestion.SuggestionRecords.adoptionsOf;
import static com.chuhai.tracker.suggestion.SuggestionRecords.from;
import static com.chuhai.tracker.suggestion.SuggestionRecords.storedEmail;
import static com.chuhai.tracker.suggestion.SuggestionRecords.suggestionCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers suggest over HTTP without an account and editors decide, against the real database: nothing
 * is public before an editor accepts, the accepted fact counts and its history cites the suggestion, a
 * rejected one never shows, bad input changes nothing, and one client's burst is throttled.
 */
@IntegrationTest
class SuggestionApiTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String SOURCE = "https://example.com/news/cloud-move-";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    /** Each test suggests from an address of its own, so that the throttle of one never meets another. */
    private final String client = newClient();

    @Test
    void aReadersAdoptionWaitsForAnEditorThenCountsAndItsHistoryCitesTheSuggestion() {
        Region region = data.region();
        CloudProvider provider = data.provider("US");
        Company company = data.company(Sector.GAMING, 2012);
        String overview = "/api/v1/stats/overview?region=" + region.getCode();

        MvcTestResult created = suggest(adoptionSuggestion(company, provider, region, "reader@example.com"));
        assertThat(created).hasStatus(201);
        JsonNode receipt = body(created);
        String id = receipt.get("id").asString();
        assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(receipt.get("status").asString()).isEqualTo("NEW");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/suggestions/" + id);
        assertThat(receipt.has("email")).isFalse();

        assertThat(tracked(overview))
                .as("nothing public before an editor accepts")
                .isZero();
        assertThat(adoptionsOf(jdbc, company)).isZero();
        assertThat(mvc.get().uri("/api/v1/suggestions?status=NEW"))
                .as("the queue is for editors")
                .hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/suggestions").with(user("viewer").roles("VIEWER")))
                .hasStatus(403);

        JsonNode queued = queueEntry(id);
        assertThat(queued.get("email").asString()).isEqualTo("reader@example.com");
        assertThat(queued.get("company").asString()).isEqualTo(company.getSlug());
        assertThat(queued.get("proposal").get("provider").asString()).isEqualTo(provider.getSlug());

        MvcTestResult accepted = mvc.post()
                .uri("/api/v1/suggestions/" + id + "/accept")
                .with(user("editor-user").roles("EDITOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(accepted).hasStatusOk();
        String result = body(accepted).get("result").asString();
        assertThat(result).startsWith("adoptions/");

        assertThat(tracked(overview)).as("the accepted fact counts").isEqualTo(1);
        JsonNode adoption = body(mvc.get().uri("/api/v1/" + result).exchange());
        assertThat(adoption.get("sources").get(0).get("url").asString()).startsWith(SOURCE);
        assertThat(mvc.get()
                        .uri("/admin/" + result + "/history")
                        .with(user("editor-user").roles("EDITOR")))
                .bodyText()
                .contains("editor-user")
                .contains("(suggestion " + id + ")");

        JsonNode outcome = body(mvc.get().uri("/api/v1/suggestions/" + id).exchange());
        assertThat(outcome.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(outcome.get("result").asString()).isEqualTo(result);
        assertThat(storedEmail(jdbc, id))
                .as("the address is forgotten once decided")
                .isNull();
        assertThat(mvc.post()
                        .uri("/api/v1/suggestions/" + id + "/accept")
                        .with(user("editor-user").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .as("decided once")
                .hasStatus(409);
    }

    @Test
    void aRejectedSuggestionNeverAppearsAndTellsTheReaderWhy() {
        Region region = data.region();
        Company company = data.company(Sector.FINTECH, 2015);
        String id = body(suggest(adoptionSuggestion(company, data.provider("CN"), region, "r@example.com")))
                .get("id")
                .asString();

        assertThat(mvc.post()
                        .uri("/api/v1/suggestions/" + id + "/reject")
                        .with(user("editor-user").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .as("a rejection says why")
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/api/v1/suggestions/" + id + "/reject")
                        .with(user("editor-user").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"The source is about another company.\"}"))
                .hasStatusOk();

        JsonNode outcome = body(mvc.get().uri("/api/v1/suggestions/" + id).exchange());
        assertThat(outcome.get("status").asString()).isEqualTo("REJECTED");
        assertThat(outcome.get("reason").asString()).isEqualTo("The source is about another company.");
        assertThat(adoptionsOf(jdbc, company)).isZero();
        assertThat(tracked("/api/v1/stats/overview?region=" + region.getCode())).isZero();
        assertThat(storedEmail(jdbc, id)).isNull();
        assertThat(mvc.get().uri("/api/v1/suggestions/" + "A".repeat(22))).hasStatus(404);
    }

    @Test
    void aCorrectionIsCheckedLikeTheRecordsOwnApiAndAStaleOneNeedsTheEditorsConfirmation() {
        Region region = data.region();
        Company company = data.company(Sector.GAMING, 2010);
        Adoption adoption = data.adoption(company, data.provider("US"), region, year(2015), null);
        String target = "adoptions/" + adoption.getId();

        MvcTestResult backwards = suggest(correction(target, "endDate", "2014-01-01"));
        assertThat(backwards).hasStatus(400);
        assertThat(errorFields(backwards))
                .as("the adoption's own rule: no end before the start")
                .contains("value");
        assertThat(errorFields(suggest(correction(target, "secretField", "x")))).contains("field");
        assertThat(errorFields(suggest(correction("adoptions/999999999", "endDate", "2024-01-01"))))
                .contains("target");

        String id = body(suggest(correction(target, "endDate", "2024-01-01")))
                .get("id")
                .asString();
        JsonNode queued = queueEntry(id);
        assertThat(queued.get("currentValue").isNull()).isTrue();
        assertThat(queued.get("value").asString()).isEqualTo("2024-01-01");
        assertThat(queued.get("stale").asBoolean()).isFalse();

        // An editor changes the adoption meanwhile: the suggestion is stale and is not applied blindly.
        JsonNode current = body(mvc.get().uri("/api/v1/" + target).exchange());
        Map<String, Object> replaced = new HashMap<>();
        for (String field : List.of("company", "provider", "region", "startDate", "startPrecision", "confidence")) {
            replaced.put(field, current.get(field).asString());
        }
        replaced.put("version", current.get("version").asLong());
        replaced.put("workload", "Game servers");
        assertThat(mvc.put()
                        .uri("/api/v1/" + target)
                        .with(user("editor-user").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(replaced)))
                .hasStatusOk();
        assertThat(queueEntry(id).get("stale").asBoolean()).isTrue();
        assertThat(accept(id, "{}")).hasStatus(409);

        long now = body(mvc.get().uri("/api/v1/" + target).exchange())
                .get("version")
                .asLong();
        assertThat(accept(id, "{\"version\": " + now + "}")).hasStatusOk();
        JsonNode corrected = body(mvc.get().uri("/api/v1/" + target).exchange());
        assertThat(corrected.get("endDate").asString()).isEqualTo("2024-01-01");
        assertThat(corrected.get("workload").asString())
                .as("the editor's change is kept")
                .isEqualTo("Game servers");
        assertThat(corrected.get("sources").toString())
                .as("the correction's source is added")
                .contains(SOURCE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void badSuggestionsAreRefusedWithTheirFieldsAndNothingIsStored() {
        long before = suggestionCount(jdbc);
        Region region = data.region();
        Company company = data.company(Sector.GAMING, 2010);
        Map<String, Object> noSource = adoptionSuggestion(company, data.provider("US"), region, null);
        ((Map<String, Object>) noSource.get("adoption")).put("sources", List.of());
        assertThat(errorFields(suggestAnew(noSource))).containsExactly("adoption.sources");

        Map<String, Object> unknownProvider = adoptionSuggestion(company, data.provider("US"), region, null);
        ((Map<String, Object>) unknownProvider.get("adoption")).put("provider", "no-such-cloud");
        assertThat(suggestAnew(unknownProvider)).hasStatus(400);

        Map<String, Object> script = adoptionSuggestion(company, data.provider("US"), region, null);
        script.put("homepage", "http://spam.example");
        assertThat(errorFields(suggestAnew(script))).containsExactly("homepage");

        Map<String, Object> javascript = adoptionSuggestion(company, data.provider("US"), region, null);
        ((Map<String, Object>) javascript.get("adoption"))
                .put("sources", List.of(Map.of("url", "javascript:alert(1)", "title", "x")));
        assertThat(errorFields(suggestAnew(javascript))).containsExactly("adoption.sources[0].url");

        assertThat(errorFields(suggestAnew(Map.of("kind", "ADOPTION")))).containsExactly("adoption");
        assertThat(suggestAnew(Map.of("kind", "ADOPTION", "email", "not an address")))
                .hasStatus(400);
        assertThat(suggestionCount(jdbc)).isEqualTo(before);
        assertThat(adoptionsOf(jdbc, company)).isZero();
    }

    @Test
    void aBurstOfFiftySuggestionsFromOneClientIsThrottled() {
        Region region = data.region();
        Company company = data.company(Sector.GAMING, 2010);
        CloudProvider provider = data.provider("US");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            MvcTestResult result = suggest(adoptionSuggestion(company, provider, region, null));
            statuses.add(result.getResponse().getStatus());
            if (result.getResponse().getStatus() == 429) {
                assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
            }
        }
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(45);
        assertThat(mvc.post()
                        .uri("/api/v1/suggestions")
                        .with(from("198.51.100.77"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(adoptionSuggestion(company, provider, region, null))))
                .as("another client")
                .hasStatus(201);
    }

    @Test
    void aBodyLargerThanASuggestionCanBeIsRefusedUnread() {
        long before = suggestionCount(jdbc);
        Map<String, Object> huge =
                adoptionSuggestion(data.company(Sector.GAMING, 2010), data.provider("US"), data.region(), null);
        huge.put("note", "x".repeat(70_000));
        MvcTestResult refused = suggest(huge);
        assertThat(refused).hasStatus(413);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(refused).get("status").asInt()).isEqualTo(413);
        assertThat(suggestionCount(jdbc)).isEqualTo(before);
    }

    private Map<String, Object> adoptionSuggestion(
            Company company, CloudProvider provider, Region region, String email) {
        Map<String, Object> adoption = new HashMap<>();
        adoption.put("company", company.getSlug());
        adoption.put("provider", provider.getSlug());
        adoption.put("region", region.getCode());
        adoption.put("startDate", "2021-03-01");
        adoption.put("datePrecision", "MONTH");
        adoption.put("confidence", "REPORTED");
        adoption.put("sources", List.of(Map.of("url", SOURCE + TestData.unique("a"), "title", "A move to the cloud")));
        Map<String, Object> suggestion = new HashMap<>();
        suggestion.put("kind", "ADOPTION");
        suggestion.put("adoption", adoption);
        suggestion.put("note", "Seen in the press.");
        if (email != null) {
            suggestion.put("email", email);
        }
        return suggestion;
    }

    private static Map<String, Object> correction(String target, String field, String value) {
        return Map.of(
                "kind", "CORRECTION",
                "target", target,
                "field", field,
                "value", value,
                "sources", List.of(Map.of("url", SOURCE + TestData.unique("c"), "title", "It stopped")));
    }

    private MvcTestResult suggest(Map<String, Object> body) {
        return suggest(body, client);
    }

    /** As from a client that has not suggested yet (a refused suggestion counts for the throttle too). */
    private MvcTestResult suggestAnew(Map<String, Object> body) {
        return suggest(body, newClient());
    }

    private static String newClient() {
        return "192.0.2." + (CLIENTS.incrementAndGet() % 250 + 1);
    }

    private MvcTestResult suggest(Map<String, Object> body, String address) {
        return mvc.post()
                .uri("/api/v1/suggestions")
                .with(from(address))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    private MvcTestResult accept(String id, String body) {
        return mvc.post()
                .uri("/api/v1/suggestions/" + id + "/accept")
                .with(user("editor-user").roles("EDITOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private JsonNode queueEntry(String id) {
        JsonNode page = body(mvc.get()
                .uri("/api/v1/suggestions?size=500")
                .with(user("editor-user").roles("EDITOR"))
                .exchange());
        for (JsonNode entry : page.get("content")) {
            if (entry.get("id").asString().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("not in the queue: " + id);
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private List<String> errorFields(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<String> fields = new ArrayList<>();
        body(result)
                .get("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    private long tracked(String overview) {
        return body(mvc.get()
                        .uri(overview)
                        .with(user("editor-user").roles("EDITOR"))
                        .exchange())
                .get("tracked")
                .asLong();
    }
}
