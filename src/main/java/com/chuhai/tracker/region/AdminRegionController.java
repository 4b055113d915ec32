package com.chuhai.tracker.region;

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
 * Editors keep regions at /admin/regions: the list, new and edit forms, and deletion refused while
 * anything uses the region. A form saved over a newer version is refused with the newer data shown.
 */
@Controller
@AdminForms
class AdminRegionController {

    static final String LIST = "/admin/regions";

    private final RegionService regions;

    AdminRegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("regions", regions.list(new RegionFilter(null, null), Sort.by("name")));
        return "admin/regions/list";
    }

    @GetMapping(LIST + "/new")
    String newForm(Model model) {
        model.addAttribute("form", RegionRequest.empty());
        return "admin/regions/form";
    }

    @PostMapping(LIST)
    String create(
            @Valid @ModelAttribute("form") RegionRequest form,
            BindingResult binding,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                redirect.addFlashAttribute("saved", regions.create(form).name());
                return "redirect:" + LIST;
            } catch (DomainException e) {
                FormErrors.reject(binding, e, "code");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/regions/form";
    }

    @GetMapping(LIST + "/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", RegionRequest.of(regions.get(code)));
        model.addAttribute("editing", code);
        return "admin/regions/form";
    }

    @PostMapping(LIST + "/{code}")
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("form") RegionRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("editing", code);
        if (!binding.hasErrors()) {
            try {
                redirect.addFlashAttribute("saved", regions.update(code, form).name());
                return "redirect:" + LIST;
            } catch (DomainException e) {
                if (!e.getCode().equals("version.stale")) {
                    FormErrors.reject(binding, e, "code");
                } else {
                    RegionResponse current = regions.get(code);
                    model.addAttribute("stale", current);
                    model.addAttribute("form", form.withVersion(current.version()));
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    return "admin/regions/form";
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/regions/form";
    }

    @GetMapping(LIST + "/{code}/delete")
    String confirmDelete(@PathVariable String code, Model model) {
        model.addAttribute("region", regions.get(code));
        return "admin/regions/delete";
    }

    /** Deletes a region nothing uses; one in use stays, and the list says why. */
    @PostMapping(LIST + "/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        String name = regions.get(code).name();
        try {
            regions.delete(code);
            redirect.addFlashAttribute("deleted", name);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("inUse", name);
            redirect.addFlashAttribute("usage", regions.usage(code));
        }
        return "redirect:" + LIST;
    }
}
