package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.AdminForms;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * Recording a migration at /admin/migrations/new: the form first shows what will change in the
 * adoptions (which ends, which begins), then saves it all in one transaction.
 */
@Controller
@AdminForms
class AdminMigrationController {

    private final MigrationService migrations;
    private final ProviderService providers;
    private final RegionCatalog regions;

    AdminMigrationController(MigrationService migrations, ProviderService providers, RegionCatalog regions) {
        this.migrations = migrations;
        this.providers = providers;
        this.regions = regions;
    }

    @GetMapping("/admin/migrations/new")
    String form(Model model) {
        model.addAttribute("form", MigrationForm.empty());
        return show(model);
    }

    /** {@code action=preview} shows what would change; anything else records the migration. */
    @PostMapping("/admin/migrations")
    String record(
            @Valid @ModelAttribute("form") MigrationForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                if (action.equals("preview")) {
                    model.addAttribute("preview", migrations.preview(form.toRequest()));
                    form.fillSourceRows();
                    return show(model);
                }
                MigrationResponse saved = migrations.create(form.toRequest());
                redirect.addFlashAttribute("recorded", saved.id());
                return "redirect:/migrations?company=" + saved.company();
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        form.fillSourceRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model);
    }

    @GetMapping("/admin/migrations")
    String list(
            @RequestParam(required = false) String company, @RequestParam(defaultValue = "0") int page, Model model) {
        String slug = company == null || company.isBlank() ? null : company.trim();
        model.addAttribute("company", slug);
        model.addAttribute(
                "migrations",
                migrations.views(
                        MigrationFilter.ofCompany(slug),
                        PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "announcedOn", "id"))));
        return "admin/migrations/list";
    }

    @GetMapping("/admin/migrations/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", MigrationForm.of(migrations.get(id)));
        model.addAttribute("editing", id);
        return show(model);
    }

    /**
     * Corrects a recorded migration; turning it COMPLETED moves the adoptions now, as recording does. A
     * form saved over a newer version is refused and shown again with the newer data.
     */
    @PostMapping("/admin/migrations/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MigrationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("editing", id);
        if (!binding.hasErrors()) {
            try {
                MigrationResponse saved = migrations.update(id, form.toRequest());
                redirect.addFlashAttribute("recorded", saved.id());
                return "redirect:/admin/migrations?company=" + saved.company();
            } catch (DomainException e) {
                if (e.isConflict()) {
                    MigrationResponse current = migrations.get(id);
                    model.addAttribute("stale", current);
                    form.setVersion(current.version());
                    form.fillSourceRows();
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    return show(model);
                }
                FormErrors.reject(binding, e);
            }
        }
        form.fillSourceRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model);
    }

    @GetMapping("/admin/migrations/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("migration", migrations.get(id));
        return "admin/migrations/delete";
    }

    /** Deletes the record of a migration; adoptions it moved stay as they are. */
    @PostMapping("/admin/migrations/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String company = migrations.get(id).company();
        migrations.delete(id);
        redirect.addFlashAttribute("deleted", id);
        return "redirect:/admin/migrations?company=" + company;
    }

    private String show(Model model) {
        model.addAttribute("providers", providers.summaries());
        model.addAttribute("regions", regions.list());
        return "admin/migrations/form";
    }
}
