package com.chuhai.tracker.directory;

import com.chuhai.tracker.company.CompanyResponse;
import com.chuhai.tracker.migration.MigrationFilter;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.migration.MigrationView;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionService;
import com.chuhai.tracker.stats.GroupCount;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.StatsFilter;
import com.chuhai.tracker.stats.StatsService;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The provider and region pages: who uses a provider now, who left it and who came to it; which
 * providers and companies hold data in a region. Counts follow the statistics' rules, as of today.
 */
@Controller
class ProviderRegionController {

    /** A page lists this many companies and migrations, and links to the full filtered list. */
    static final int SHOWN = 50;

    private final ProviderService providers;
    private final RegionService regions;
    private final StatsService stats;
    private final CompanyDirectory directory;
    private final MigrationService migrations;
    private final DirectoryPreviews previews;

    ProviderRegionController(
            ProviderService providers,
            RegionService regions,
            StatsService stats,
            CompanyDirectory directory,
            MigrationService migrations,
            DirectoryPreviews previews) {
        this.providers = providers;
        this.regions = regions;
        this.stats = stats;
        this.directory = directory;
        this.migrations = migrations;
        this.previews = previews;
    }

    @GetMapping("/providers")
    String providers(Model model) {
        model.addAttribute("today", stats.today());
        model.addAttribute("providers", stats.byProvider(StatsFilter.on(stats.today())));
        return "providers/list";
    }

    @GetMapping("/providers/{slug}")
    String provider(@PathVariable String slug, Model model, Locale locale) {
        model.addAttribute("provider", providers.get(slug));
        model.addAttribute("today", stats.today());
        Page<CompanyResponse> users =
                companies(new CompanyFilter(null, null, slug, null, null, null, null, stats.today()));
        model.addAttribute("users", users);
        previews.provider(slug, users.getTotalElements(), stats.today(), locale).addTo(model);
        model.addAttribute("left", migrations(MigrationFilter.ofProviders(slug, null)));
        model.addAttribute("came", migrations(MigrationFilter.ofProviders(null, slug)));
        return "providers/detail";
    }

    @GetMapping("/regions")
    String regions(Model model) {
        model.addAttribute("today", stats.today());
        model.addAttribute("regions", stats.byRegion(StatsFilter.on(stats.today())));
        return "regions/list";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model, Locale locale) {
        model.addAttribute("region", regions.get(code));
        StatsFilter inRegion = new StatsFilter(stats.today(), null, code);
        model.addAttribute("today", stats.today());
        OriginCounts counts = stats.byRegion(inRegion).stream()
                .filter(group -> group.key().equals(code))
                .map(GroupCount::counts)
                .findFirst()
                .orElse(OriginCounts.NONE);
        model.addAttribute("counts", counts);
        previews.region(code, counts.tracked(), stats.today(), locale).addTo(model);
        model.addAttribute(
                "providers",
                stats.byProvider(inRegion).stream()
                        .filter(p -> p.companies() > 0)
                        .toList());
        model.addAttribute(
                "users", companies(new CompanyFilter(null, null, null, code, null, null, null, stats.today())));
        model.addAttribute("moves", migrations(MigrationFilter.ofRegion(code, null)));
        return "regions/detail";
    }

    private Page<CompanyResponse> companies(CompanyFilter filter) {
        return directory.page(filter, PageRequest.of(0, SHOWN, Sort.by("sortName")));
    }

    private List<MigrationView> migrations(MigrationFilter filter) {
        return migrations
                .views(filter, PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, "announcedOn", "id")))
                .getContent();
    }
}
