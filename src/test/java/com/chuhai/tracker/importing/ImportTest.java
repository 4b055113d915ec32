package com.chuhai.tracker.importing;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyRepository;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.SessionCookie;
import com.chuhai.tracker.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** CSV import: a dry run, line-numbered errors, all rows or none, BOM, size, and a round trip with the export. */
@IntegrationTest
class ImportTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    CompanyRepository companies;

    @Autowired
    JdbcClient jdbc;

    SessionCookie session = new SessionCookie();

    @Test
    void checksAGoodFileThenImportsEveryRowOnConfirmation() throws Exception {
        String first = TestData.unique("imp");
        String second = TestData.unique("imp");
        String csv = "\uFEFFslug,name,nativeName,sector,foundedYear\n"
                + first + ",\"Import, One\",导入一,GAMING,2015\n"
                + second + ",Import Two,,FINTECH,\n";

        MvcTestResult checked = upload("companies", csv);
        assertThat(checked)
                .hasStatusOk()
                .bodyText()
                .contains("id=\"import-checked\"")
                .contains("导入一");
        assertThat(companies.findBySlug(first)).isEmpty();

        assertThat(confirm(token(checked))).hasStatusOk().bodyText().contains("id=\"import-saved\"");
        assertThat(companies.findBySlug(first).orElseThrow().getName()).isEqualTo("Import, One");
        assertThat(companies.findBySlug(first).orElseThrow().getNativeName()).isEqualTo("导入一");
        assertThat(companies.findBySlug(second).orElseThrow().getSector()).isEqualTo(Sector.FINTECH);
    }

    @Test
    void listsEveryBadRowByLineAndSavesNothing() throws Exception {
        String good = TestData.unique("imp");
        String csv = "slug,name,sector,foundedYear,parent\n"
                + good + ",Good,GAMING,2015,\n"
                + TestData.unique("imp") + ",Bad sector,MINING,2015,\n"
                + TestData.unique("imp") + ",Bad year,GAMING,long ago,\n"
                + TestData.unique("imp") + ",Orphan,GAMING,2015,no-such-parent\n";

        assertThat(upload("companies", csv))
                .hasStatus(400)
                .bodyText()
                .contains("data-line=\"3\"")
                .contains("data-line=\"4\"")
                .contains("data-line=\"5\"")
                .doesNotContain("data-line=\"2\"")
                .doesNotContain("name=\"token\"");
        assertThat(companies.findBySlug(good)).isEmpty();
    }

    @Test
    void refusesAMalformedFileAFileOfAnotherShapeAndAFileThatIsNotUtf8() throws Exception {
        assertThat(upload("companies", "slug,name,sector\n\"unclosed,Name,GAMING\n"))
                .hasStatus(400)
                .bodyText()
                .contains("data-line=\"1\"");
        assertThat(upload("companies", "slug,title,sector\nx,y,GAMING\n"))
                .hasStatus(400)
                .bodyText()
                .contains("Unknown column &quot;title&quot;");
        MockMultipartFile latin1 = new MockMultipartFile(
                "file",
                "c.csv",
                "text/csv",
                "slug,name,sector\nx,Caf\u00e9,GAMING\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(mvc.post()
                        .uri("/admin/import")
                        .multipart()
                        .file(latin1)
                        .param("kind", "companies")
                        .with(user("editor").roles("EDITOR"))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("UTF-8");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithAClearMessage() {
        byte[] big = new byte[(int) ImportController.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(mvc.post()
                        .uri("/admin/import")
                        .multipart()
                        .file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                        .param("kind", "companies")
                        .with(user("editor").roles("EDITOR"))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("2 MB");
    }

    @Test
    void anExportOfAdoptionsImportsBackUnchanged() throws Exception {
        Company company = data.company(Sector.GAMING, 2010);
        CloudProvider provider = data.provider("US");
        Region region = data.region();
        data.adoption(company, provider, region, year(2019), year(2021));
        data.adoption(company, provider, region, year(2022), null);
        String export = mvc.get()
                .uri("/api/v1/adoptions?format=csv&company=" + company.getSlug())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String before = adoptionsOf(company);

        MvcTestResult checked = upload("adoptions", export);
        assertThat(checked).hasStatusOk();
        assertThat(confirm(token(checked))).hasStatusOk().bodyText().contains("2 rows imported");

        assertThat(adoptionsOf(company)).isEqualTo(before);
    }

    @Test
    void aNewAdoptionRowInAFileCreatesIt() throws Exception {
        Company company = data.company(Sector.GAMING, 2010);
        CloudProvider provider = data.provider("US");
        Region region = data.region();
        String csv = "company,provider,region,startDate,startPrecision,confidence,sources\n"
                + company.getSlug() + "," + provider.getSlug() + "," + region.getCode()
                + ",2023-05-01,MONTH,REPORTED,https://example.org/" + TestData.unique("a") + "\n";

        MvcTestResult checked = upload("adoptions", csv);
        assertThat(confirm(token(checked))).hasStatusOk();

        assertThat(adoptionsOf(company)).isEqualTo("2023-05-01 MONTH null");
    }

    @Test
    void adoptionsWithUndisclosedProvidersAndRelocationsSurviveARoundTrip() throws Exception {
        Company company = data.company(Sector.HARDWARE_EV, 2014);
        CloudProvider provider = data.provider("US");
        Region eu = data.region();
        Region sg = data.region();
        data.adoption(company, null, eu, year(2019), null);
        data.adoption(company, provider, sg, null, null);
        data.relocation(company, eu, sg, null, provider, year(2022), MigrationStatus.ANNOUNCED);
        String adoptions = export("/api/v1/adoptions?format=csv&company=" + company.getSlug());
        String migrations = export("/api/v1/migrations?format=csv&company=" + company.getSlug());
        assertThat(adoptions).as("an empty provider cell").contains("," + eu.getCode() + ",");
        String before = providersOf(company) + " | " + movesOf(company);

        MvcTestResult adoptionsChecked = upload("adoptions", adoptions);
        assertThat(confirm(token(adoptionsChecked))).hasStatusOk().bodyText().contains("2 rows imported");
        MvcTestResult migrationsChecked = upload("migrations", migrations);
        assertThat(confirm(token(migrationsChecked))).hasStatusOk().bodyText().contains("1 row imported");

        assertThat(providersOf(company) + " | " + movesOf(company)).isEqualTo(before);
        assertThat(before).contains("null " + eu.getCode()).contains(eu.getCode() + "->" + sg.getCode());
    }

    private String export(String uri) throws Exception {
        return mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String providersOf(Company company) {
        return String.join(
                "; ",
                jdbc.sql("""
                                SELECT p.slug, r.code FROM adoption a
                                LEFT JOIN cloud_provider p ON p.id = a.provider_id JOIN region r ON r.id = a.region_id
                                WHERE a.company_id = ? ORDER BY r.code, p.slug""")
                        .param(company.getId())
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list());
    }

    private String movesOf(Company company) {
        return String.join(
                "; ",
                jdbc.sql("""
                                SELECT rf.code, rt.code, m.from_provider_id, m.to_provider_id, m.version FROM cloud_migration m
                                JOIN region rf ON rf.id = m.from_region_id JOIN region rt ON rt.id = m.to_region_id
                                WHERE m.company_id = ?""")
                        .param(company.getId())
                        .query((rs, n) -> rs.getString(1) + "->" + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getString(4))
                        .list());
    }

    private String adoptionsOf(Company company) {
        return String.join(
                "; ",
                jdbc.sql("""
                                SELECT start_date, start_precision, end_date FROM adoption
                                WHERE company_id = ? ORDER BY start_date""")
                        .param(company.getId())
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                        .list());
    }

    private MvcTestResult upload(String kind, String csv) {
        return session.keep(mvc.post()
                .uri("/admin/import")
                .multipart()
                .file(new MockMultipartFile("file", "rows.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("kind", kind)
                .with(session)
                .with(user("editor").roles("EDITOR"))
                .with(csrf())
                .exchange());
    }

    private MvcTestResult confirm(String token) {
        return session.keep(mvc.post()
                .uri("/admin/import/confirm")
                .param("token", token)
                .with(session)
                .with(user("editor").roles("EDITOR"))
                .with(csrf())
                .exchange());
    }

    private static String token(MvcTestResult checked) throws Exception {
        Matcher matcher = Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(checked.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("a confirm form").isTrue();
        return matcher.group(1);
    }
}
