package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.region.RegionCatalog.RegionSummary;
import com.chuhai.tracker.stats.Headline;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.ProviderCount;
import com.chuhai.tracker.stats.StatsFilter;
import com.chuhai.tracker.stats.StatsService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard: headline numbers and charts, each chart with a table of the same numbers. */
@Controller
class DashboardController {

    private final StatsService stats;
    private final RegionCatalog regionCatalog;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardController(StatsService stats, RegionCatalog regionCatalog, MessageSource messages, JsonMapper json) {
        this.stats = stats;
        this.regionCatalog = regionCatalog;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/")
    String dashboard(
            @ModelAttribute("filter") DashboardFilter filter,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<RegionSummary> regions = regionCatalog.list();
        boolean knownRegion = filter.region() == null
                || filter.region().isBlank()
                || regions.stream().anyMatch(r -> r.code().equals(filter.region()));
        if (binding.hasErrors() || !knownRegion) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidFilter", true);
        }
        StatsFilter applied = new StatsFilter(
                filter.asOf() == null || binding.hasFieldErrors("asOf") ? stats.today() : filter.asOf(),
                binding.hasFieldErrors("sector") ? null : filter.sector(),
                knownRegion && filter.region() != null && !filter.region().isBlank() ? filter.region() : null);

        Headline headline = stats.headline(applied);
        List<ProviderCount> providers = stats.byProvider(applied);
        List<OriginRow> origins = originRows(headline.counts(), applied);

        model.addAttribute("applied", applied);
        model.addAttribute("regions", regions);
        model.addAttribute("headline", headline);
        model.addAttribute("counts", headline.counts());
        model.addAttribute("origins", origins);
        model.addAttribute("providers", providers);
        model.addAttribute(
                "providerLinks",
                providers.stream()
                        .collect(Collectors.toMap(
                                ProviderCount::provider, p -> drillDown(applied, "provider", p.provider()))));
        model.addAttribute(
                "originChart",
                chart(
                        origins.stream()
                                .map(row -> new Bar(
                                        messages.getMessage("origin." + row.origin(), null, locale),
                                        row.companies(),
                                        row.origin(),
                                        row.link()))
                                .toList(),
                        locale));
        model.addAttribute(
                "providerChart",
                chart(
                        providers.stream()
                                .map(p -> new Bar(
                                        p.name(),
                                        p.companies(),
                                        p.origin(),
                                        drillDown(applied, "provider", p.provider())))
                                .toList(),
                        locale));
        return "dashboard/index";
    }

    /**
     * One row of the origin table: an origin, its companies, their share of tracked companies, and the
     * directory listing exactly those companies.
     */
    record OriginRow(Origin origin, long companies, double percent, String link) {}

    private static List<OriginRow> originRows(OriginCounts counts, StatsFilter applied) {
        return List.of(
                originRow(Origin.US, counts.us(), counts, applied),
                originRow(Origin.CN, counts.cn(), counts, applied),
                originRow(Origin.OTHER, counts.other(), counts, applied));
    }

    private static OriginRow originRow(Origin origin, long companies, OriginCounts counts, StatsFilter applied) {
        return new OriginRow(
                origin, companies, counts.percentOfTracked(companies), drillDown(applied, "origin", origin.name()));
    }

    /**
     * The directory filtered to the companies a number counts: the same date, sector and region, and
     * the provider or origin of the number.
     */
    static String drillDown(StatsFilter applied, String name, String value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/companies")
                .queryParam(name, value)
                .queryParam("asOf", applied.asOf());
        if (applied.sector() != null) {
            link.queryParam("sector", applied.sector());
        }
        if (applied.region() != null) {
            link.queryParam("region", applied.region());
        }
        return link.encode().build().toUriString();
    }

    /** One bar of a chart: its label, its value, the origin that gives its colour, and where it leads. */
    record Bar(String label, long value, Origin origin, String link) {}

    /** What dashboard.js draws: labels, one value and one origin (for its colour) per bar. */
    private String chart(List<Bar> bars, Locale locale) {
        return json.writeValueAsString(Map.of(
                "labels", bars.stream().map(Bar::label).toList(),
                "values", bars.stream().map(Bar::value).toList(),
                "origins", bars.stream().map(bar -> bar.origin().name()).toList(),
                "links", bars.stream().map(Bar::link).toList(),
                "valueLabel", messages.getMessage("dashboard.chart.companies", null, locale)));
    }
}
