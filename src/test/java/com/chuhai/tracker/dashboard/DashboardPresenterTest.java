package com.chuhai.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.dashboard.DashboardView.YearWindow;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The dashboard as its presenter assembles it over the shipped facts, without any HTML. */
@IntegrationTest
class DashboardPresenterTest {

    private static final LocalDate END_OF_2023 = LocalDate.of(2023, 12, 31);

    @Autowired
    DashboardPresenter presenter;

    @Autowired
    DashboardLinks links;

    @Autowired
    Api api;

    @Test
    void appliesTheFilterAndLinksEveryOriginRowToTheCompaniesItCounts() {
        DashboardView view = present(new DashboardFilter(END_OF_2023, null, "us", 2019, 2023));

        assertThat(view.invalidFilter()).isFalse();
        assertThat(view.applied().asOf()).isEqualTo(END_OF_2023);
        assertThat(view.applied().region()).isEqualTo("us");
        assertThat(view.years()).isEqualTo(new YearWindow(2019, 2023, false));
        assertThat(view.timeline()).hasSize(5);
        assertThat(view.counts().tracked()).isPositive();
        assertThat(view.origins())
                .hasSize(Origin.values().length)
                .allSatisfy(row -> assertThat(row.link())
                        .isEqualTo(links.drillDown(
                                view.applied(), "origin", row.origin().name()))
                        .contains("asOf=2023-12-31", "region=us"));
        assertThat(view.residencySentence().get(0).value())
                .isEqualTo(view.counts().tracked());
        assertThat(view.charts().origin()).contains(view.origins().get(0).link());
        assertThat(view.shareDescription())
                .isEqualTo("Cloud choices of chuhai companies in United States, as of Dec 31, 2023");
    }

    @Test
    void aSharedLinkToTheDashboardNamesItsFilters() {
        String page =
                api.get("/?region=sg&asOf=2024-01-01&lang=en", "text/html").body();

        assertThat(page)
                .contains("<meta property=\"og:description\" content=\"Cloud choices of chuhai companies in Singapore,"
                        + " as of Jan 1, 2024\">")
                .contains(
                        "<meta property=\"og:title\" content=\"Which clouds do Chinese companies going abroad use?\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .containsPattern(
                        "<meta property=\"og:url\" content=\"http://localhost/\\?region=sg&amp;asOf=2024-01-01\">");
        assertThat(api.get("/companies?lang=en", "text/html").body())
                .as("the company list has a description of its own")
                .containsPattern(
                        "<meta name=\"description\" content=\"[\\d,]+ chuhai companies: the clouds each one uses");
    }

    @Test
    void fallsBackToTheDefaultsForWhatCannotBeAppliedAndSaysSo() {
        DashboardView view = present(new DashboardFilter(null, null, "atlantis", 2030, 2020));

        assertThat(view.invalidFilter()).isTrue();
        assertThat(view.applied().region()).isNull();
        assertThat(view.years().corrected()).isTrue();
        assertThat(view.years().to() - view.years().from() + 1).isEqualTo(DashboardPresenter.DEFAULT_YEARS);
    }

    @Test
    void keepsTheYearWindowWithinItsBounds() {
        assertThat(DashboardPresenter.years(null, null, 2024)).isEqualTo(new YearWindow(2015, 2024, false));
        assertThat(DashboardPresenter.years(1899, 2000, 2024).corrected()).isTrue();
        assertThat(DashboardPresenter.years(2000, 2025, 2024).corrected()).isTrue();
        assertThat(DashboardPresenter.years(1950, 2024, 2024).corrected()).isTrue();
        assertThat(DashboardPresenter.years(1965, 2024, 2024)).isEqualTo(new YearWindow(1965, 2024, false));
    }

    private DashboardView present(DashboardFilter filter) {
        Errors errors = new BeanPropertyBindingResult(filter, "filter");
        return presenter.present(filter, errors, Locale.ENGLISH);
    }
}
