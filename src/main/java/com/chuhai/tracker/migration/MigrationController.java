package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.shared.DateBounds;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.PageParams;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The migration list: who moved from whom to whom, when, and says who. */
@Controller
class MigrationController {

    static final int PAGE_SIZE = 25;

    private final MigrationService migrations;
    private final ProviderService providers;
    private final RegionCatalog regions;
    private final MigrationPreviews previews;

    MigrationController(
            MigrationService migrations, ProviderService providers, RegionCatalog regions, MigrationPreviews previews) {
        this.migrations = migrations;
        this.providers = providers;
        this.regions = regions;
        this.previews = previews;
    }

    /** Filters and pages in the URL; a filter that does not parse is ignored, said so, and answered with 400. */
    @GetMapping("/migrations")
    String list(
            @ModelAttribute("filter") MigrationFilter filter,
            BindingResult binding,
            @RequestParam(name = "page", defaultValue = "0") String page,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        MigrationFilter applied = new MigrationFilter(
                blankToNull(filter.company()),
                blankToNull(filter.fromProvider()),
                blankToNull(filter.toProvider()),
                blankToNull(filter.region()),
                blankToNull(filter.fromRegion()),
                blankToNull(filter.toRegion()),
                binding.hasFieldErrors("relocation") ? null : filter.relocation(),
                binding.hasFieldErrors("status") ? null : filter.status(),
                binding.hasFieldErrors("fromOrigin") ? null : filter.fromOrigin(),
                binding.hasFieldErrors("toOrigin") ? null : filter.toOrigin(),
                binding.hasFieldErrors("undisclosed") ? null : filter.undisclosed(),
                binding.hasFieldErrors("from") || !DateBounds.usable(filter.from()) ? null : filter.from(),
                binding.hasFieldErrors("to") || !DateBounds.usable(filter.to()) ? null : filter.to());
        Pageable pageable = pageable(page);
        if (binding.hasErrors()
                || pageable == null
                || !DateBounds.usable(filter.from())
                || !DateBounds.usable(filter.to())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidFilter", true);
        }
        model.addAttribute("applied", applied);
        Page<MigrationView> found = migrations.views(
                applied,
                pageable == null ? PageRequest.of(0, PAGE_SIZE, MigrationApiController.SORT.defaultOrder()) : pageable);
        model.addAttribute("migrations", found);
        previews.list(applied, found.getTotalElements(), locale).addTo(model);
        model.addAttribute("providers", providers.summaries());
        model.addAttribute("regions", regions.list());
        return "migrations/list";
    }

    private static Pageable pageable(String page) {
        try {
            return new PageParams(Integer.valueOf(page), PAGE_SIZE, List.of()).toPageable(MigrationApiController.SORT);
        } catch (NumberFormatException | DomainException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
