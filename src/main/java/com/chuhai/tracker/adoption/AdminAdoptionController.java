package com.chuhai.tracker.adoption;

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
 * Editors keep adoptions at /admin/adoptions: a company's adoptions, new and edit forms with dates at
 * their precision and sources as rows, and deletion after a confirmation. A form saved over a newer
 * version is refused and shown again with the user's input.
 */
@Controller
@AdminForms
class AdminAdoptionController {

    static final String LIST = "/admin/adoptions";

    private final AdoptionService adoptions;
    private final ProviderService providers;
    private final RegionCatalog regions;

    AdminAdoptionController(AdoptionService adoptions, ProviderService providers, RegionCatalog regions) {
        this.adoptions = adoptions;
        this.providers = providers;
        this.regions = regions;
    }

    @GetMapping(LIST)
    String list(
            @RequestParam(required = false) String company, @RequestParam(defaultValue = "0") int page, Model model) {
        String slug = company == null || company.isBlank() ? null : company.trim();
        model.addAttribute("company", slug);
        model.addAttribute(
                "adoptions",
                adoptions.page(
                        new AdoptionFilter(slug, null, null, null, null),
                        PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "id"))));
        return "admin/adoptions/list";
    }

    @GetMapping(LIST + "/new")
    String newForm(@RequestParam(required = false) String company, Model model) {
        model.addAttribute("form", AdoptionForm.empty(company));
        return show(model);
    }

    @PostMapping(LIST)
    String create(
            @Valid @ModelAttribute("form") AdoptionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                AdoptionResponse saved = adoptions.create(form.toRequest());
                redirect.addFlashAttribute("saved", saved.id());
                return "redirect:" + LIST + "?company=" + saved.company();
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return invalid(form, model, response, HttpServletResponse.SC_BAD_REQUEST);
    }

    @GetMapping(LIST + "/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", AdoptionForm.of(adoptions.get(id)));
        model.addAttribute("editing", id);
        return show(model);
    }

    @PostMapping(LIST + "/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AdoptionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("editing", id);
        if (!binding.hasErrors()) {
            try {
                AdoptionResponse saved = adoptions.update(id, form.toRequest());
                redirect.addFlashAttribute("saved", saved.id());
                return "redirect:" + LIST + "?company=" + saved.company();
            } catch (DomainException e) {
                if (e.isConflict()) {
                    model.addAttribute("stale", adoptions.get(id));
                    form.setVersion(adoptions.get(id).version());
                    return invalid(form, model, response, HttpServletResponse.SC_CONFLICT);
                }
                FormErrors.reject(binding, e);
            }
        }
        return invalid(form, model, response, HttpServletResponse.SC_BAD_REQUEST);
    }

    @GetMapping(LIST + "/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("adoption", adoptions.get(id));
        return "admin/adoptions/delete";
    }

    @PostMapping(LIST + "/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String company = adoptions.get(id).company();
        adoptions.delete(id);
        redirect.addFlashAttribute("deleted", id);
        return "redirect:" + LIST + "?company=" + company;
    }

    private String invalid(AdoptionForm form, Model model, HttpServletResponse response, int status) {
        form.fillSourceRows();
        response.setStatus(status);
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("providers", providers.summaries());
        model.addAttribute("regions", regions.list());
        return "admin/adoptions/form";
    }
}
