package com.chuhai.tracker.suggestion;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static com.chuhai.tracker.suggestion.SuggestionRecords.adoptionsOf;
import static com.chuhai.tracker.suggestion.SuggestionRecords.from;
import static com.chuhai.tracker.suggestion.SuggestionRecords.storedEmail;
import static com.chuhai.tracker.suggestion.SuggestionRecords.suggestionCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The readers' and editors' pages over HTTP, against the real database: a reader suggests without an
 * account and follows the suggestion at its private address, an editor accepts it from the queue (as
 * suggested, or edited first) and the dashboard's footer counts it, a rejected one stays private, a
 * correction starts from the company page, and bad input is shown again with its errors.
 */
@IntegrationTest
class SuggestionPagesTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final Pattern RECEIPT = Pattern.compile("/suggestions/([A-Za-z0-9_-]{22})\\?sent=true");
    private static final Pattern FOOTER_COUNT =
            Pattern.compile("id=\"accepted-suggestions-link\"[^>]*data-count=\"(\\d+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    /** Each test suggests from an address of its own, so that the throttle of one never meets another. */
    private final String client = "203.0.113." + (CLIENTS.incrementAndGet() % 250 + 1);

    @Test
    void aReaderSuggestsAnAdoptionWithoutAnAccountAndAnEditorsAcceptanceCountsOnTheDashboard() {
        Region region = data.region();
        CloudProvider provider = data.provider("US");
        Company company = data.company(Sector.GAMING, 2014);
        String source = "https://example.com/reader/" + TestData.unique("s");

        assertThat(html(mvc.get().uri("/suggest/adoption?company=" + company.getSlug())))
                .contains("value=\"" + company.getSlug() + "\"")
                .contains("name=\"sources[0].url\"")
                .contains("name=\"reader.homepage\"");
        long footerBefore = footerCount();
        double receivedBefore = suggestions("received");
        double acceptedBefore = suggestions("accepted");

        MvcTestResult sent = suggestAdoption(company, provider, region, source, "reader@example.com")
                .exchange();
        assertThat(sent).hasStatus(302);
        String id = trackingId(sent);
        assertThat(adoptionsOf(jdbc, company))
                .as("nothing public before an editor accepts")
                .isZero();
        assertThat(html(mvc.get().uri("/suggestions/" + id + "?sent=true")))
                .contains("id=\"thanks\"")
                .contains("data-status=\"NEW\"")
                .doesNotContain("reader@example.com");
        assertThat(html(mvc.get().uri("/suggestions/accepted"))).doesNotContain(source);

        assertThat(suggestions("received")).isEqualTo(receivedBefore + 1);
        assertThat(html(mvc.get().uri("/admin").with(editor())))
                .as("the editors' home page says suggestions wait")
                .contains("data-waiting");
        assertThat(mvc.get().uri("/admin/suggestions"))
                .as("the queue is for editors")
                .hasStatus(302);
        assertThat(html(mvc.get()
                        .uri("/admin/suggestions?company=" + company.getSlug())
                        .with(editor())))
                .contains("data-suggestion=\"" + id + "\"")
                .contains("reader@example.com")
                .contains(source);

        assertThat(mvc.post()
                        .uri("/admin/suggestions/" + id + "/accept")
                        .with(editor())
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/admin/suggestions");
        assertThat(adoptionsOf(jdbc, company)).isEqualTo(1);
        assertThat(html(mvc.get().uri("/suggestions/" + id)))
                .contains("data-status=\"ACCEPTED\"")
                .as("the reader sees what they suggested, in words")
                .containsPattern(
                        "data-field=\"fact\">" + Pattern.quote(provider.getName() + " (" + region.getName() + ")"))
                .doesNotContain("reader@example.com");
        assertThat(storedEmail(jdbc, id)).as("closed: the address is deleted").isNull();
        assertThat(suggestions("accepted")).isEqualTo(acceptedBefore + 1);
        assertThat(footerCount()).isEqualTo(footerBefore + 1);
        assertThat(html(mvc.get().uri("/suggestions/accepted")))
                .contains(source)
                .contains(provider.getName() + " (" + region.getName() + ")")
                .contains("/companies/" + company.getSlug());
        assertThat(html(mvc.get().uri("/companies/" + company.getSlug()))).contains(source);
    }

    @Test
    void aRejectedSuggestionShowsItsReasonOnlyAtItsPrivateAddressAndAsText() {
        Region region = data.region();
        Company company = data.company(Sector.FINTECH, 2016);
        String source = "https://example.com/rumour/" + TestData.unique("s");
        String id = trackingId(suggestAdoption(company, data.provider("CN"), region, source, null)
                .exchange());

        assertThat(mvc.post()
                        .uri("/admin/suggestions/" + id + "/reject")
                        .with(editor())
                        .with(csrf())
                        .param("reason", " "))
                .hasStatus(302);
        assertThat(html(mvc.get().uri("/suggestions/" + id)))
                .as("a rejection without a reason is refused")
                .contains("data-status=\"NEW\"");

        assertThat(mvc.post()
                        .uri("/admin/suggestions/" + id + "/reject")
                        .with(editor())
                        .with(csrf())
                        .param("reason", "<b>The source</b> is about another company."))
                .hasStatus(302);
        assertThat(html(mvc.get().uri("/suggestions/" + id)))
                .contains("data-status=\"REJECTED\"")
                .contains("&lt;b&gt;The source&lt;/b&gt; is about another company.")
                .doesNotContain("<b>The source</b>");
        assertThat(html(mvc.get().uri("/suggestions/accepted"))).doesNotContain(source);
        assertThat(html(mvc.get().uri("/companies/" + company.getSlug()))).doesNotContain(source);
        assertThat(adoptionsOf(jdbc, company)).isZero();
        assertThat(mvc.post()
                        .uri("/admin/suggestions/" + id + "/accept")
                        .with(editor())
                        .with(csrf()))
                .hasStatus(302);
        assertThat(adoptionsOf(jdbc, company))
                .as("a decided suggestion cannot be accepted")
                .isZero();
    }

    @Test
    void aBadSuggestionIsShownAgainWithItsErrorsAndNothingIsStored() {
        Region region = data.region();
        Company company = data.company(Sector.GAMING, 2011);
        long before = suggestionCount(jdbc);

        MvcTestResult unsourced = suggestAdoption(company, data.provider("US"), region, null, null)
                .exchange();
        assertThat(unsourced).hasStatus(400);
        assertThat(html(unsourced)).contains("id=\"error-summary\"").contains("value=\"" + company.getSlug() + "\"");

        MvcTestResult robot = suggestAdoption(company, data.provider("US"), region, "https://example.com/x", null)
                .param("reader.homepage", "http://spam.example")
                .exchange();
        assertThat(robot).hasStatus(400);

        MvcTestResult script = suggestAdoption(company, data.provider("US"), region, "javascript:alert(1)", null)
                .exchange();
        assertThat(script).hasStatus(400);
        assertThat(html(script)).contains("id=\"error-summary\"");

        assertThat(suggestionCount(jdbc)).isEqualTo(before);
        assertThat(mvc.get().uri("/suggest/correction?target=adoptions/999999999"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/suggest/correction?target=../../etc")).hasStatus(404);
        assertThat(mvc.get().uri("/suggestions/" + "A".repeat(22))).hasStatus(404);
    }

    @Test
    void aCorrectionStartsOnTheCompanyPageAndTheEditorAcceptsItWithTheValueMended() {
        Region region = data.region();
        Company company = data.company(Sector.GAMING, 2010);
        Adoption adoption = data.adoption(company, data.provider("US"), region, year(2015), null);
        String target = "adoptions/" + adoption.getId();

        assertThat(html(mvc.get().uri("/companies/" + company.getSlug())))
                .contains("/suggest/correction?target=" + target)
                .contains("/suggest/adoption?company=" + company.getSlug());
        assertThat(html(mvc.get().uri("/suggest/correction?target=" + target)))
                .contains("data-field=\"endDate\"")
                .contains("<option value=\"endDate\"")
                .contains("/suggest/correction?target=" + target + "&amp;field=provider");
        assertThat(html(mvc.get().uri("/suggest/correction?target=" + target + "&field=provider")))
                .as("a provider is chosen from the providers, or not disclosed")
                .containsPattern("<select[^>]*id=\"value\"")
                .contains("<option value=\"\">not disclosed</option>")
                .contains("<option value=\"endDate\"");
        assertThat(html(mvc.get().uri("/suggest/correction?target=" + target + "&field=startDate")))
                .as("a date is asked for as a date, the recorded one given")
                .containsPattern("<input[^>]*type=\"date\"[^>]*id=\"value\"[^>]*value=\"2015-01-01\"");

        MvcTestResult backwards = correction(target, "endDate", "2014-01-01").exchange();
        assertThat(backwards)
                .as("the adoption's own rule: no end before its start")
                .hasStatus(400);
        assertThat(html(backwards)).contains("id=\"error-summary\"");

        String id = trackingId(correction(target, "endDate", "2024-01-01").exchange());
        assertThat(html(mvc.get()
                        .uri("/admin/suggestions?company=" + company.getSlug())
                        .with(editor())))
                .contains("data-suggestion=\"" + id + "\"")
                .contains("value=\"2024-01-01\"");
        assertThat(mvc.post()
                        .uri("/admin/suggestions/" + id + "/accept")
                        .with(editor())
                        .with(csrf())
                        .param("value", "2024-02-01"))
                .hasStatus(302);
        assertThat(jdbc.sql("SELECT end_date FROM adoption WHERE id = ?")
                        .param(adoption.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("2024-02-01");
        assertThat(acceptedItem(target))
                .as("the public list shows the value the editor applied, not the one first suggested")
                .contains("2024-02-01")
                .doesNotContain("2024-01-01");
        assertThat(html(mvc.get().uri("/suggestions/" + id)))
                .as("the reader sees what they suggested and what was recorded")
                .containsPattern("data-field=\"fact\"[^>]*>[^<]*2024-01-01")
                .containsPattern("data-field=\"recorded\"[^>]*>[^<]*2024-02-01");
    }

    @Test
    void anEditorEditsASuggestedAdoptionThenAcceptsItAndTheHistoryCitesTheSuggestion() {
        Region region = data.region();
        Company company = data.company(Sector.SOCIAL_CONTENT, 2018);
        String suggestedSource = "https://example.com/edit/" + TestData.unique("s");
        String editedSource = "https://example.com/edited/" + TestData.unique("s");
        String id = trackingId(suggestAdoption(company, data.provider("US"), region, suggestedSource, null)
                .exchange());

        assertThat(mvc.get().uri("/admin/suggestions/" + id + "/adoption")).hasStatus(302);
        assertThat(html(mvc.get().uri("/admin/suggestions/" + id + "/adoption").with(editor())))
                .contains("value=\"Game servers\"");

        MvcTestResult edited = mvc.post()
                .uri("/admin/suggestions/" + id + "/adoption")
                .with(editor())
                .with(csrf())
                .param("company", company.getSlug())
                .param("provider", data.provider("US").getSlug())
                .param("region", region.getCode())
                .param("startDate", "2021-03-01")
                .param("startPrecision", "MONTH")
                .param("endPrecision", "DAY")
                .param("workload", "Player data")
                .param("confidence", "CONFIRMED")
                .param("sources[0].url", editedSource)
                .param("sources[0].title", "Checked by the editor")
                .exchange();
        assertThat(edited).hasStatus(302).hasRedirectedUrl("/admin/suggestions?company=" + company.getSlug());
        assertThat(jdbc.sql("SELECT workload FROM adoption WHERE company_id = ?")
                        .param(company.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("Player data");
        assertThat(jdbc.sql("SELECT r.note FROM adoption_aud a JOIN revinfo r ON r.rev = a.rev"
                                + " WHERE a.company_id = ? AND a.revtype = 0")
                        .param(company.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("suggestion " + id);
        long adoptionId = jdbc.sql("SELECT id FROM adoption WHERE company_id = ?")
                .param(company.getId())
                .query(Long.class)
                .single();
        assertThat(acceptedItem("adoptions/" + adoptionId))
                .as("the public list cites the source the editor kept, not the one the editor replaced")
                .contains(editedSource)
                .contains("Checked by the editor")
                .doesNotContain(suggestedSource);
        assertThat(html(mvc.get()
                        .uri("/admin/suggestions?status=ACCEPTED&company=" + company.getSlug())
                        .with(editor())))
                .as("the decided suggestion shows what was applied")
                .contains("Player data")
                .contains(editedSource);
        assertThat(mvc.get().uri("/admin/suggestions/" + id + "/adoption").with(editor()))
                .as("decided: nothing left to edit")
                .hasStatus(409);
    }

    @Test
    void aBurstOfSuggestionsFromOneReaderIsThrottledWithAPage() {
        Region region = data.region();
        Company company = data.company(Sector.GAMING, 2013);
        CloudProvider provider = data.provider("US");
        for (int i = 0; i < 5; i++) {
            assertThat(suggestAdoption(company, provider, region, "https://example.com/burst/" + i, null))
                    .hasStatus(302);
        }
        MvcTestResult throttled = suggestAdoption(company, provider, region, "https://example.com/burst/6", null)
                .exchange();
        assertThat(throttled).hasStatus(429);
        assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void aReaderSuggestsARelocationAndAnEditorMendsItsDateThenAcceptsIt() {
        Region from = data.region();
        Region to = data.region();
        CloudProvider provider = data.provider("US");
        Company company = data.company(Sector.SOCIAL_CONTENT, 2014);
        data.adoption(company, provider, from, year(2016), null);

        assertThat(html(mvc.get().uri("/suggest/migration?company=" + company.getSlug())))
                .contains("name=\"fromRegion\"")
                .contains("name=\"toRegion\"")
                .contains("name=\"reader.email\"")
                .contains("/suggest/adoption?company=" + company.getSlug());
        String id = suggestRelocation(company, provider, from, to);
        String twin = suggestRelocation(company, provider, from, to);
        assertThat(migrationsOf(company))
                .as("nothing public before an editor accepts")
                .isZero();
        String queue = html(
                mvc.get().uri("/admin/suggestions?company=" + company.getSlug()).with(editor()));
        assertThat(card(queue, id))
                .as("the queue weighs it against the data: what accepting ends and opens")
                .contains("data-change=\"ends\"")
                .contains("data-change=\"opens\"")
                .doesNotContain("data-refusal");

        assertThat(html(mvc.get().uri("/admin/suggestions/" + id + "/migration").with(editor())))
                .contains("value=\"2020-01-15\"")
                .contains("Moved for latency.");
        assertThat(relocation(
                                company,
                                provider,
                                from,
                                to,
                                "2020-01-20",
                                mvc.post()
                                        .uri("/admin/suggestions/" + id + "/migration")
                                        .with(editor()))
                        .exchange())
                .hasStatus(302)
                .hasRedirectedUrl("/admin/suggestions?company=" + company.getSlug());
        assertThat(migrationsOf(company)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT announced_on FROM cloud_migration WHERE company_id = ?")
                        .param(company.getId())
                        .query(String.class)
                        .single())
                .as("as the editor mended it")
                .isEqualTo("2020-01-20");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM adoption WHERE company_id = ? AND region_id = ? AND end_date IS NULL")
                        .param(company.getId())
                        .param(to.getId())
                        .query(Long.class)
                        .single())
                .as("the completed relocation opened the adoption in the region moved to")
                .isEqualTo(1);
        assertThat(card(
                        html(mvc.get()
                                .uri("/admin/suggestions?company=" + company.getSlug())
                                .with(editor())),
                        twin))
                .as("the same move again has nothing left to end")
                .contains("data-refusal");
    }

    private String suggestRelocation(Company company, CloudProvider provider, Region from, Region to) {
        return trackingId(relocation(
                        company,
                        provider,
                        from,
                        to,
                        "2020-01-15",
                        mvc.post()
                                .uri("/suggest/migration")
                                .with(from(client))
                                .param("reader.note", "Moved for latency."))
                .exchange());
    }

    /** The queue's card of suggestion {@code id}. */
    private static String card(String queue, String id) {
        int start = queue.indexOf("data-suggestion=\"" + id + "\"");
        assertThat(start).as("in the queue: " + id).isNotNegative();
        return queue.substring(start, queue.indexOf("</article>", start));
    }

    private static MockMvcRequestBuilder relocation(
            Company company,
            CloudProvider provider,
            Region from,
            Region to,
            String announcedOn,
            MockMvcRequestBuilder request) {
        return request.with(csrf())
                .param("company", company.getSlug())
                .param("fromRegion", from.getCode())
                .param("toRegion", to.getCode())
                .param("fromProvider", provider.getSlug())
                .param("toProvider", provider.getSlug())
                .param("announcedOn", announcedOn)
                .param("announcedPrecision", "DAY")
                .param("completedOn", "2020-06-01")
                .param("completedPrecision", "MONTH")
                .param("status", "COMPLETED")
                .param("reason", "PERFORMANCE")
                .param("confidence", "REPORTED")
                .param("sources[0].url", "https://example.com/moved/" + TestData.unique("m"))
                .param("sources[0].title", "It moved");
    }

    private long migrationsOf(Company company) {
        return jdbc.sql("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?")
                .param(company.getId())
                .query(Long.class)
                .single();
    }

    /** The count of suggestions with this outcome, as /actuator/prometheus gives it. */
    private double suggestions(String outcome) {
        return meters.counter("app.suggestions", "outcome", outcome).count();
    }

    private MockMvcRequestBuilder suggestAdoption(
            Company company, CloudProvider provider, Region region, String source, String email) {
        MockMvcRequestBuilder request = mvc.post()
                .uri("/suggest/adoption")
                .with(from(client))
                .with(csrf())
                .param("company", company.getSlug())
                .param("provider", provider.getSlug())
                .param("region", region.getCode())
                .param("startDate", "2021-03-01")
                .param("startPrecision", "MONTH")
                .param("endPrecision", "DAY")
                .param("workload", "Game servers")
                .param("confidence", "REPORTED")
                .param("reader.note", "Seen in the press.");
        if (source != null) {
            request = request.param("sources[0].url", source).param("sources[0].title", "A move to the cloud");
        }
        if (email != null) {
            request = request.param("reader.email", email);
        }
        return request;
    }

    private MockMvcRequestBuilder correction(String target, String field, String value) {
        return mvc.post()
                .uri("/suggest/correction")
                .with(from(client))
                .with(csrf())
                .param("target", target)
                .param("field", field)
                .param("value", value)
                .param("sources[0].url", "https://example.com/ended/" + TestData.unique("c"))
                .param("sources[0].title", "It ended");
    }

    /** The item of the public list of accepted suggestions that created or changed {@code result}. */
    private String acceptedItem(String result) {
        String page = html(mvc.get().uri("/suggestions/accepted"));
        int start = page.indexOf("data-result=\"" + result + "\"");
        assertThat(start).as("%s is listed as accepted", result).isNotNegative();
        int next = page.indexOf("data-result=", start + 1);
        return page.substring(start, next < 0 ? page.indexOf("</section>", start) : next);
    }

    private static String trackingId(MvcTestResult sent) {
        assertThat(sent).hasStatus(302);
        Matcher matcher = RECEIPT.matcher(sent.getResponse().getRedirectedUrl());
        assertThat(matcher.matches()).as(sent.getResponse().getRedirectedUrl()).isTrue();
        return matcher.group(1);
    }

    private long footerCount() {
        Matcher matcher = FOOTER_COUNT.matcher(html(mvc.get().uri("/")));
        assertThat(matcher.find())
                .as("the dashboard's footer counts accepted suggestions")
                .isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String html(MockMvcRequestBuilder request) {
        return html(request.exchange());
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static RequestPostProcessor editor() {
        return user("editor-user").roles("EDITOR");
    }
}
