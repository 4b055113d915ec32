package com.chuhai.tracker.provider;

import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.AdminForms;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors keep providers at /admin/providers: the list, new and edit forms, and deletion refused while
 * anything uses the provider. A form saved over a newer version is refused with the newer data shown.
 */
@Controller
@AdminForms
class AdminProviderController {

    static final String LIST = "/admin/providers";

    private final ProviderService providers;

    AdminProviderController(ProviderService providers) {
        this.providers = providers;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("providers", providers.list(new ProviderFilter(null, null, null), Sort.by("name")));
        return "admin/providers/list";
    }

    @GetMapping(LIST + "/new")
    String newForm(Model model) {
        model.addAttribute("form", ProviderRequest.empty());
        return "admin/providers/form";
    }

    @PostMapping(LIST)
    String create(
            @Valid @ModelAttribute("form") ProviderRequest form,
            BindingResult binding,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                redirect.addFlashAttribute("saved", providers.create(form).name());
                return "redirect:" + LIST;
            } catch (DomainException e) {
                FormErrors.reject(binding, e, "slug");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/providers/form";
    }

    @GetMapping(LIST + "/{slug}/edit")
    String editForm(@PathVariable String slug, Model model) {
        model.addAttribute("form", ProviderRequest.of(providers.get(slug)));
        model.addAttribute("editing", slug);
        return "admin/providers/form";
    }

    @PostMapping(LIST + "/{slug}")
    String update(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ProviderRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("editing", slug);
        if (!binding.hasErrors()) {
            try {
                redirect.addFlashAttribute("saved", providers.update(slug, form).name());
                return "redirect:" + LIST;
            } catch (DomainException e) {
                if (!e.getCode().equals("version.stale")) {
                    FormErrors.reject(binding, e, "slug");
                } else {
                    ProviderResponse current = providers.get(slug);
                    model.addAttribute("stale", current);
                    model.addAttribute("form", form.withVersion(current.version()));
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    return "admin/providers/form";
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/providers/form";
    }

    @GetMapping(LIST + "/{slug}/delete")
    String confirmDelete(@PathVariable String slug, Model model) {
        model.addAttribute("provider", providers.get(slug));
        return "admin/providers/delete";
    }

    /** Deletes a provider nothing uses; one in use stays, and the list says why. */
    @PostMapping(LIST + "/{slug}/delete")
    String delete(@PathVariable String slug, RedirectAttributes redirect) {
        String name = providers.get(slug).name();
        try {
            providers.delete(slug);
            redirect.addFlashAttribute("deleted", name);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("inUse", name);
            redirect.addFlashAttribute("usage", providers.usage(slug));
        }
        return "redirect:" + LIST;
    }
}
