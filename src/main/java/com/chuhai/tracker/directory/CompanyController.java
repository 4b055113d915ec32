package com.chuhai.tracker.directory;

import com.chuhai.tracker.company.CompanyResponse;
import com.chuhai.tracker.migration.MigrationFeed;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.shared.DateBounds;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.PageParams;
import com.chuhai.tracker.web.SortFields;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** The company directory and each company's page. */
@Controller
class CompanyController {

    static final int PAGE_SIZE = 25;
    static final SortFields SORT = SortFields.of(
            Sort.by("sortName"), "name", "sortName", "slug", "slug", "sector", "sector", "foundedYear", "foundedYear");

    private final CompanyDirectory directory;
    private final CompanyProfiles profiles;
    private final ProviderService providers;
    private final RegionCatalog regions;
    private final DirectoryPreviews previews;
    private final Clock clock;

    CompanyController(
            CompanyDirectory directory,
            CompanyProfiles profiles,
            ProviderService providers,
            RegionCatalog regions,
            DirectoryPreviews previews,
            Clock clock) {
        this.directory = directory;
        this.profiles = profiles;
        this.providers = providers;
        this.regions = regions;
        this.previews = previews;
        this.clock = clock;
    }

    /**
     * The directory: search, filters, sorting and pages, all in the URL. A filter that does not parse
     * is ignored, said so, and answered with 400.
     */
    @GetMapping("/companies")
    String list(
            @ModelAttribute("filter") CompanyFilter filter,
            BindingResult binding,
            @RequestParam(name = "page", defaultValue = "0") String pageParam,
            @RequestParam(name = "sort", defaultValue = "name,asc") String sortParam,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CompanyFilter applied = new CompanyFilter(
                filter.q(),
                binding.hasFieldErrors("sector") ? null : filter.sector(),
                blankToNull(filter.provider()),
                blankToNull(filter.region()),
                binding.hasFieldErrors("regionCategory") ? null : filter.regionCategory(),
                binding.hasFieldErrors("origin") ? null : filter.origin(),
                binding.hasFieldErrors("tracked") ? null : filter.tracked(),
                binding.hasFieldErrors("asOf") || filter.asOf() == null || !DateBounds.usable(filter.asOf())
                        ? LocalDate.now(clock)
                        : filter.asOf());
        Pageable pageable = pageable(pageParam, sortParam);
        if (binding.hasErrors() || pageable == null || !DateBounds.usable(filter.asOf())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidFilter", true);
        }
        Page<CompanyResponse> companies = directory.page(
                applied, pageable == null ? PageRequest.of(0, PAGE_SIZE, SORT.defaultOrder()) : pageable);
        model.addAttribute("applied", applied);
        model.addAttribute("sort", pageable == null ? "name,asc" : sortParam);
        model.addAttribute("companies", companies);
        previews.companies(applied, companies.getTotalElements(), locale).addTo(model);
        model.addAttribute("providers", providers.summaries());
        model.addAttribute("regions", regions.list());
        UriComponents csv = ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath(CompanyApiController.PATH)
                .replaceQueryParam("page")
                .replaceQueryParam("lang")
                .replaceQueryParam("format", "csv")
                .build();
        model.addAttribute("csvLink", csv.getPath() + "?" + csv.getQuery());
        return "companies/list";
    }

    @GetMapping("/companies/{slug}")
    String profile(@PathVariable String slug, Model model, Locale locale) {
        CompanyProfile profile = profiles.of(slug, locale);
        model.addAttribute("profile", profile);
        model.addAttribute(
                "companyFeed",
                new FeedLink(MigrationFeed.ofCompany(slug), profile.facts().name()));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        previews.profile(profile, today, locale).addTo(model);
        return "companies/profile";
    }

    /** The Atom feed of a company's migrations, linked from its page's head ({@code layout.html}). */
    record FeedLink(String href, String company) {}

    /** The page asked for, or null when the page number or the sort does not parse. */
    private static Pageable pageable(String page, String sort) {
        try {
            return new PageParams(Integer.valueOf(page), PAGE_SIZE, List.of(sort)).toPageable(SORT);
        } catch (NumberFormatException | DomainException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
