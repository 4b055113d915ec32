package com.chuhai.tracker.directory;

import static com.chuhai.tracker.shared.PreciseDate.day;
import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyRepository;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.stats.ProviderCount;
import com.chuhai.tracker.stats.StatsFilter;
import com.chuhai.tracker.stats.StatsService;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CompanyApiTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Autowired
    CompanyRepository companies;

    @Autowired
    StatsService stats;

    Login editor;
    Region region;
    CloudProvider us;
    CloudProvider cn;
    Company usesBoth;
    Company leftChina;
    Company notStartedYet;

    @BeforeEach
    void setUp() {
        editor = data.user(Role.EDITOR);
        region = data.region();
        us = data.provider("US");
        cn = data.provider("CN");
        usesBoth = data.company(Sector.GAMING, 2010);
        data.adoption(usesBoth, us, region, year(2015), null);
        data.adoption(usesBoth, cn, region, year(2016), null);
        leftChina = data.company(Sector.FINTECH, 2012);
        data.adoption(leftChina, cn, region, null, day(LocalDate.of(2021, 5, 1)));
        data.adoption(leftChina, us, region, day(LocalDate.of(2021, 5, 1)), null);
        notStartedYet = data.company(Sector.FINTECH, 2030);
        data.adoption(notStartedYet, cn, region, null, null);
    }

    @Test
    void filtersByWhatCompaniesUseOnADate() {
        assertThat(slugs("provider=" + cn.getSlug() + "&asOf=2020-12-31"))
                .containsExactlyInAnyOrder(usesBoth.getSlug(), leftChina.getSlug());
        assertThat(slugs("provider=" + cn.getSlug() + "&asOf=2021-05-01")).containsExactly(usesBoth.getSlug());
        assertThat(slugs("region=" + region.getCode() + "&origin=US&sector=FINTECH&asOf=2022-01-01"))
                .containsExactly(leftChina.getSlug());
    }

    @Test
    void aDrillDownListsExactlyTheCompaniesAStatisticCounts() {
        for (LocalDate asOf : List.of(
                LocalDate.of(2014, 12, 31),
                LocalDate.of(2016, 1, 1),
                LocalDate.of(2021, 4, 30),
                LocalDate.of(2021, 5, 1),
                LocalDate.of(2031, 1, 1))) {
            for (CloudProvider provider : List.of(us, cn)) {
                long counted = stats.byProvider(new StatsFilter(asOf, null, region.getCode())).stream()
                        .filter(count -> count.provider().equals(provider.getSlug()))
                        .mapToLong(ProviderCount::companies)
                        .sum();
                Reply listed = api.get("/api/v1/companies?provider=%s&region=%s&asOf=%s"
                        .formatted(provider.getSlug(), region.getCode(), asOf));
                assertThat(listed.json().get("page").get("totalElements").asLong())
                        .as("%s on %s", provider.getSlug(), asOf)
                        .isEqualTo(counted);
            }
            long tracked = stats.headline(new StatsFilter(asOf, null, region.getCode()))
                    .counts()
                    .tracked();
            Reply listed =
                    api.get("/api/v1/companies?tracked=true&region=%s&asOf=%s".formatted(region.getCode(), asOf));
            assertThat(listed.json().get("page").get("totalElements").asLong())
                    .as("tracked on %s", asOf)
                    .isEqualTo(tracked);
        }
    }

    @Test
    void searchesNameNativeNameAndSlugWithoutRegardToCase() {
        String marker = TestData.unique("Zq");
        Map<String, Object> body = company(TestData.unique("co"), "Shein " + marker);
        body.put("nativeName", "希音" + marker);
        api.post("/api/v1/companies", body, editor);

        assertThat(slugs("q=" + marker.toUpperCase(java.util.Locale.ROOT))).hasSize(1);
        assertThat(slugs("q=希音" + marker)).hasSize(1);
    }

    @Test
    void sortsNamesWithoutRegardToCaseOrAccentsOnTheApiAndThePage() {
        String marker = TestData.unique("Sortq");
        for (String name : List.of("Zeta", "miHoYo", "Éclair", "Meituan", "eagle", "Mobvista")) {
            data.company(name + " " + marker, Sector.GAMING, 2015);
        }

        List<String> names = new java.util.ArrayList<>();
        api.get("/api/v1/companies?sort=name&q=" + marker)
                .json()
                .get("content")
                .forEach(c -> names.add(c.get("name").asString().replace(" " + marker, "")));

        assertThat(names).containsExactly("eagle", "Éclair", "Meituan", "miHoYo", "Mobvista", "Zeta");
        String page = api.get("/companies?sort=name&q=" + marker).body();
        assertThat(page.indexOf("Meituan " + marker))
                .isLessThan(page.indexOf("miHoYo " + marker))
                .isGreaterThan(page.indexOf("Éclair " + marker));
        assertThat(page.indexOf("miHoYo " + marker)).isLessThan(page.indexOf("Mobvista " + marker));
    }

    @Test
    void pagesThroughTheListInAStableOrder() {
        Reply first = api.get("/api/v1/companies?sector=FINTECH&size=1&sort=slug,asc");
        Reply second = api.get("/api/v1/companies?sector=FINTECH&size=1&page=1&sort=slug,asc");

        assertThat(first.json().get("page").get("size").asInt()).isEqualTo(1);
        assertThat(first.json().get("page").get("number").asInt()).isZero();
        long total = first.json().get("page").get("totalElements").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.json().get("page").get("totalPages").asLong()).isEqualTo(total);
        assertThat(first.json().get("content").get(0).get("slug").asString())
                .isLessThan(second.json().get("content").get(0).get("slug").asString());
    }

    @Test
    void anEmptyListIsAnEmptyPage() {
        Reply none = api.get("/api/v1/companies?q=" + TestData.unique("nothing"));

        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("content").size()).isZero();
        assertThat(none.json().get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void exportsEveryMatchingRowAsCsvWithQuotingAndChineseIntact() throws Exception {
        String marker = TestData.unique("csv");
        String tricky = "Comma, \"Quote\"\nNew line " + marker;
        Map<String, Object> body = company(TestData.unique("co"), tricky);
        body.put("nativeName", "字节跳动");
        body.put("description", "=HYPERLINK(\"http://evil\")");
        api.post("/api/v1/companies", body, editor);
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/companies", company(TestData.unique("co"), "Plain " + marker), editor);
        }

        for (Reply csv : List.of(
                api.get("/api/v1/companies?q=" + marker + "&size=1", "text/csv"),
                api.get("/api/v1/companies?q=" + marker + "&size=1&format=csv", "*/*"))) {
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).contains("companies.csv");
            List<CSVRecord> rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .get()
                    .parse(new StringReader(csv.body()))
                    .getRecords();
            assertThat(rows).hasSize(4);
            CSVRecord first = rows.stream()
                    .filter(row -> row.get("name").equals(tricky))
                    .findFirst()
                    .orElseThrow();
            assertThat(first.get("nativeName")).isEqualTo("字节跳动");
            assertThat(first.get("sector")).isEqualTo("GAMING");
            assertThat(first.get("description")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        }
    }

    @Test
    void offersAnExcelVariantOfTheCsvThatStartsWithAByteOrderMark() throws Exception {
        String marker = TestData.unique("excel");
        Map<String, Object> body = company(TestData.unique("co"), "Excel " + marker);
        body.put("nativeName", "字节跳动");
        api.post("/api/v1/companies", body, editor);

        byte[] plain = api.get("/api/v1/companies?q=" + marker + "&format=csv", "*/*")
                .response()
                .getContentAsByteArray();
        byte[] excel = api.get("/api/v1/companies?q=" + marker + "&format=csv&excel=true", "*/*")
                .response()
                .getContentAsByteArray();

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(java.util.Arrays.copyOf(plain, 3)).isNotEqualTo(bom);
        assertThat(java.util.Arrays.copyOf(excel, 3)).isEqualTo(bom);
        assertThat(java.util.Arrays.copyOfRange(excel, 3, excel.length)).isEqualTo(plain);
        assertThat(new String(excel, java.nio.charset.StandardCharsets.UTF_8)).contains("字节跳动");
    }

    @Test
    void replacesACompanyWithItsParent() {
        String parent = TestData.unique("parent");
        String child = TestData.unique("child");
        api.post("/api/v1/companies", company(parent, "Parent"), editor);
        api.post("/api/v1/companies", company(child, "Child"), editor);
        Map<String, Object> change = company(child, "Child renamed");
        change.put("parent", parent);
        change.put("version", 0);

        Reply updated = api.put("/api/v1/companies/" + child, change, editor);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("parent").asString()).isEqualTo(parent);
        assertThat(api.delete("/api/v1/companies/" + parent, editor).status()).isEqualTo(409);
        assertThat(companies.findBySlug(parent)).isPresent();
    }

    @Test
    void refusesACompanyAsItsOwnAncestor() {
        String parent = TestData.unique("parent");
        String child = TestData.unique("child");
        api.post("/api/v1/companies", company(parent, "Parent"), editor);
        Map<String, Object> childBody = company(child, "Child");
        childBody.put("parent", parent);
        api.post("/api/v1/companies", childBody, editor);
        Map<String, Object> cycle = company(parent, "Parent");
        cycle.put("parent", child);
        cycle.put("version", 0);

        Reply refused = api.put("/api/v1/companies/" + parent, cycle, editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("parent");
        assertThat(companies.findBySlug(parent).orElseThrow().getParent()).isNull();
    }

    private List<String> slugs(String query) {
        Reply reply = api.get("/api/v1/companies?size=500&" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json()
                .get("content")
                .valueStream()
                .map(company -> company.get("slug").asString())
                .toList();
    }

    private static Map<String, Object> company(String slug, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", name);
        body.put("sector", "GAMING");
        return body;
    }
}
