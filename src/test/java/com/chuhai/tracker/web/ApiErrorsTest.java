package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.CompanyRepository;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Every kind of bad input gets its documented problem answer, names the field, and changes nothing. */
@IntegrationTest
class ApiErrorsTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Autowired
    CompanyRepository companies;

    Login editor;
    String slug;

    @BeforeEach
    void setUp() {
        editor = data.user(Role.EDITOR);
        slug = TestData.unique("co");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Reply reply = api.post("/api/v1/companies", "{\"slug\": \"" + slug + "\", ", editor);

        assertProblem(reply, 400);
        assertThat(reply.errorCodes()).containsExactly("body.malformed");
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        Map<String, Object> body = company();
        body.put("foundedYear", "long ago");

        Reply reply = api.post("/api/v1/companies", body, editor);

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).containsExactly("foundedYear");
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void anUnknownEnumerationCodeListsTheKnownOnes() {
        Map<String, Object> body = company();
        body.put("sector", "MINING");

        Reply reply = api.post("/api/v1/companies", body, editor);

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).containsExactly("sector");
        assertThat(reply.body()).contains("GAMING");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        Map<String, Object> body = company();
        body.put("foundingYear", 2012);

        Reply reply = api.post("/api/v1/companies", body, editor);

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).containsExactly("foundingYear");
    }

    @Test
    void fieldsOnlyResponsesCarryMayBeSentBack() {
        Map<String, Object> body = company();
        body.put("createdAt", "2020-01-01T00:00:00Z");
        body.put("updatedBy", "someone");

        assertThat(api.post("/api/v1/companies", body, editor).status()).isEqualTo(201);
    }

    @Test
    void everyMissingOrOverlongFieldIsListed() {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", "Not A Slug");
        body.put("name", "x".repeat(201));
        body.put("description", "y".repeat(4001));

        Reply reply = api.post("/api/v1/companies", body, editor);

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("slug", "name", "sector", "description");
    }

    @Test
    void anUnknownReferenceNamesTheField() {
        Map<String, Object> body = company();
        body.put("parent", "no-such-parent");

        Reply reply = api.post("/api/v1/companies", body, editor);

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).containsExactly("parent");
        assertThat(reply.errorCodes()).containsExactly("reference.unknown");
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void aMissingBodyIsABadRequest() {
        Reply reply = api.sendAs(HttpMethod.POST, "/api/v1/companies", "application/json", "", editor);

        assertProblem(reply, 400);
        assertThat(reply.errorCodes()).containsExactly("body.missing");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Reply reply = api.sendAs(HttpMethod.POST, "/api/v1/companies", "text/plain", "slug=" + slug, editor);

        assertProblem(reply, 415);
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void anAnswerInAFormatTheApiDoesNotSpeakIsNotAcceptable() {
        assertProblem(api.get("/api/v1/companies", "application/xml"), 406);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "size=501",
                "size=0",
                "page=-1",
                "page=first",
                "page=99999999&size=500",
                "sort=password",
                "sort=name,sideways,slug",
                "sector=MINING",
                "asOf=yesterday"
            })
    void badPagingSortingOrFiltersAreBadRequests(String query) {
        Reply reply = api.get("/api/v1/companies?" + query);

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).isNotEmpty().doesNotContainNull();
    }

    @Test
    void aValueTheDatabaseCannotStoreIsABadRequest() {
        Map<String, Object> body = company();
        body.put("name", "Nul\u0000Byte");

        Reply reply = api.post("/api/v1/companies", body, editor);

        assertProblem(reply, 400);
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void searchTextIsTakenLiterally() {
        Map<String, Object> body = company();
        body.put("name", "100% Games_" + slug);
        api.post("/api/v1/companies", body, editor);

        assertThat(api.get("/api/v1/companies?q=0% games_" + slug).json().get("content"))
                .hasSize(1);
        assertThat(api.get("/api/v1/companies?q=1__%" + slug).json().get("content"))
                .isEmpty();
    }

    @Test
    void aNumberTooLargeForItsFieldNamesTheField() {
        Reply reply = api.post(
                "/api/v1/companies",
                "{\"slug\": \"" + slug + "\", \"name\": \"N\", \"sector\": \"GAMING\", \"foundedYear\": 99999999999}",
                editor);

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).containsExactly("foundedYear");
    }

    @Test
    void anEncodedSpaceInAnAddressIsStillAProblemAnswer() {
        assertProblem(api.getEncoded("/api/v1/companies/a%20b", "application/json"), 404);
        assertProblem(api.sendEncoded(HttpMethod.DELETE, "/api/v1/providers/a%20b", null), 401);
    }

    @Test
    void aCsvExportThatFailsAnswersWithAProblemNotAnEmptyFile() {
        Reply reply = api.getEncoded("/api/v1/companies?q=nul%00byte", "text/csv");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("Content-Disposition")).isNull();
    }

    @Test
    void aPathIdOfTheWrongTypeIsABadRequest() {
        Reply reply = api.get("/api/v1/adoptions/not-a-number");

        assertProblem(reply, 400);
        assertThat(reply.errorFields()).containsExactly("id");
    }

    @Test
    void anUnknownAddressUnderTheApiIsNotFound() {
        assertProblem(api.get("/api/v1/clouds"), 404);
    }

    @Test
    void theStatisticsRefuseAnImpossibleWindow() {
        assertProblem(api.get("/api/v1/stats/timeline?from=2020&to=2010"), 400);
        assertProblem(api.get("/api/v1/stats/timeline?from=1000&to=2020"), 400);
        assertProblem(api.get("/api/v1/stats/timeline?from=1950&to=2020"), 400);
        assertProblem(api.get("/api/v1/stats/flows?from=2024-01-01&to=2023-01-01"), 400);
        assertProblem(api.get("/api/v1/stats/overview?asOf=2024-13-45"), 400);
    }

    private Map<String, Object> company() {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Company " + slug);
        body.put("sector", "GAMING");
        return body;
    }

    /** A problem detail with this status that gives nothing of the server's insides away. */
    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("title").asString()).isNotBlank();
        assertThat(reply.body())
                .doesNotContain("Exception")
                .doesNotContain("at com.")
                .doesNotContainIgnoringCase("select ")
                .doesNotContainIgnoringCase("insert ")
                .doesNotContain("tools.jackson")
                .doesNotContain("org.");
    }
}
