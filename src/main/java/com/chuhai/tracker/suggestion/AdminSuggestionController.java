package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionForm;
import com.chuhai.tracker.adoption.AdoptionRequest;
import com.chuhai.tracker.migration.MigrationForm;
import com.chuhai.tracker.migration.MigrationRequest;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.AdminForms;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' queue at /admin/suggestions: filtered by status, company and age, each suggestion with
 * its proposal beside what is recorded now and its sources; accept (a stale correction only against
 * the record's current version, which the page shows; a correction's value, a new adoption or a
 * migration edited first, in the admin's own form fields) or reject with a reason.
 */
@Controller
@AdminForms
class AdminSuggestionController {

    static final String LIST = "/admin/suggestions";
    private static final int PAGE_SIZE = 20;

    private final SuggestionService suggestions;
    private final SuggestionViews views;
    private final ProviderService providers;
    private final RegionCatalog regions;
    private final Clock clock;

    AdminSuggestionController(
            SuggestionService suggestions,
            SuggestionViews views,
            ProviderService providers,
            RegionCatalog regions,
            Clock clock) {
        this.suggestions = suggestions;
        this.views = views;
        this.providers = providers;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping(LIST)
    String queue(
            @RequestParam(defaultValue = "NEW") String status,
            @RequestParam(required = false) String company,
            @RequestParam(required = false) Integer olderThanDays,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SuggestionStatus chosen = parse(status);
        int days = olderThanDays == null ? 0 : Math.max(0, Math.min(olderThanDays, 3650));
        LocalDate to = days == 0 ? null : LocalDate.now(clock).minusDays(days);
        SuggestionFilter filter = new SuggestionFilter(chosen, company, null, to);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("company", company);
        model.addAttribute("olderThanDays", days);
        model.addAttribute(
                "suggestions",
                views.queue(
                        filter,
                        PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id"))));
        return "admin/suggestions";
    }

    @PostMapping(LIST + "/{id}/accept")
    String accept(
            @PathVariable String id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String company,
            Principal editor,
            RedirectAttributes redirect) {
        backTo(company, redirect);
        try {
            SuggestionReceipt accepted =
                    suggestions.accept(id, new AcceptRequest(null, null, value, version), editor.getName());
            redirect.addFlashAttribute("accepted", accepted.result());
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "refusedArgs", e.isInvalid() ? e.getProblems().get(0).args() : e.getArgs());
            redirect.addFlashAttribute(
                    "refusedCode", e.isInvalid() ? e.getProblems().get(0).code() : e.getCode());
        }
        return "redirect:" + LIST;
    }

    /** A suggested adoption in the admin's adoption form, to be edited and then accepted. */
    @GetMapping(LIST + "/{id}/adoption")
    String editAdoption(@PathVariable String id, Model model) {
        model.addAttribute(
                "form", AdoptionForm.of(suggestions.proposal(id, SuggestionKind.ADOPTION, AdoptionRequest.class)));
        return showEdit(id, "adoption", model);
    }

    @PostMapping(LIST + "/{id}/adoption")
    String acceptEditedAdoption(
            @PathVariable String id,
            @Valid @ModelAttribute("form") AdoptionForm form,
            BindingResult binding,
            Principal editor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (acceptEdited(
                id,
                binding,
                () -> new AcceptRequest(form.toRequest(), null, null, null),
                "adoption.",
                editor,
                redirect)) {
            backTo(form.getCompany(), redirect);
            return "redirect:" + LIST;
        }
        form.fillSourceRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showEdit(id, "adoption", model);
    }

    /** A suggested migration in the admin's migration form, to be edited and then accepted. */
    @GetMapping(LIST + "/{id}/migration")
    String editMigration(@PathVariable String id, Model model) {
        model.addAttribute(
                "form", MigrationForm.of(suggestions.proposal(id, SuggestionKind.MIGRATION, MigrationRequest.class)));
        return showEdit(id, "migration", model);
    }

    @PostMapping(LIST + "/{id}/migration")
    String acceptEditedMigration(
            @PathVariable String id,
            @Valid @ModelAttribute("form") MigrationForm form,
            BindingResult binding,
            Principal editor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (acceptEdited(
                id,
                binding,
                () -> new AcceptRequest(null, form.toRequest(), null, null),
                "migration.",
                editor,
                redirect)) {
            backTo(form.getCompany(), redirect);
            return "redirect:" + LIST;
        }
        form.fillSourceRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showEdit(id, "migration", model);
    }

    /** Accepts the suggestion as the editor edited it; false, with the refusals bound to the form, when refused. */
    private boolean acceptEdited(
            String id,
            BindingResult binding,
            Supplier<AcceptRequest> edited,
            String prefix,
            Principal editor,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return false;
        }
        try {
            redirect.addFlashAttribute(
                    "accepted",
                    suggestions.accept(id, edited.get(), editor.getName()).result());
            return true;
        } catch (DomainException e) {
            FormErrors.reject(binding, e.withoutFieldPrefix(prefix));
            return false;
        }
    }

    /** The queue to return to: filtered by the company it showed, so the editor stays where they were. */
    private static void backTo(String company, RedirectAttributes redirect) {
        if (company != null && !company.isBlank()) {
            redirect.addAttribute("company", company);
        }
    }

    private String showEdit(String id, String kind, Model model) {
        model.addAttribute("suggestion", views.get(id));
        model.addAttribute("kind", kind);
        model.addAttribute("providers", providers.summaries());
        model.addAttribute("regions", regions.list());
        return "admin/suggestion-edit";
    }

    @PostMapping(LIST + "/{id}/reject")
    String reject(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String company,
            Principal editor,
            RedirectAttributes redirect) {
        backTo(company, redirect);
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("refusedCode", "suggestion.reasonRequired");
            redirect.addFlashAttribute("refusedArgs", new Object[0]);
            return "redirect:" + LIST;
        }
        try {
            suggestions.reject(id, reason.length() > 2000 ? reason.substring(0, 2000) : reason, editor.getName());
            redirect.addFlashAttribute("rejected", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusedCode", e.getCode());
            redirect.addFlashAttribute("refusedArgs", e.getArgs());
        }
        return "redirect:" + LIST;
    }

    private static SuggestionStatus parse(String status) {
        for (SuggestionStatus s : SuggestionStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }
}
