package com.chuhai.tracker.company;

import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.AdminForms;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
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
 * Editors keep companies at /admin/companies: a searchable list, new and edit forms with errors beside
 * each field, and deletion after a confirmation. A form saved over a newer version is shown again with
 * what changed meanwhile; nothing is overwritten silently.
 */
@Controller
@AdminForms
class AdminCompanyController {

    static final String LIST = "/admin/companies";
    static final int PAGE_SIZE = 25;

    private final CompanyService companies;

    AdminCompanyController(CompanyService companies) {
        this.companies = companies;
    }

    /** Where the form's links lead back to: only ever a list address of this page. */
    @ModelAttribute("backLink")
    String backLink(@RequestParam(name = "back", required = false) String back) {
        return safeBack(back);
    }

    @GetMapping(LIST)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Sector sector,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sector", sector);
        model.addAttribute(
                "companies",
                companies.search(q, sector, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("sortName", "id"))));
        return "admin/companies/list";
    }

    @GetMapping(LIST + "/new")
    String newForm(Model model) {
        model.addAttribute("form", CompanyRequest.empty());
        return "admin/companies/form";
    }

    @PostMapping(LIST)
    String create(
            @Valid @ModelAttribute("form") CompanyRequest form,
            BindingResult binding,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                CompanyResponse created = companies.create(form);
                redirect.addFlashAttribute("saved", created.name());
                return "redirect:" + safeBack(back);
            } catch (DomainException e) {
                FormErrors.reject(binding, e, "slug");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/companies/form";
    }

    @GetMapping(LIST + "/{slug}/edit")
    String editForm(@PathVariable String slug, Model model) {
        model.addAttribute("form", CompanyRequest.of(companies.get(slug)));
        model.addAttribute("editing", slug);
        return "admin/companies/form";
    }

    @PostMapping(LIST + "/{slug}")
    String update(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") CompanyRequest form,
            BindingResult binding,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("editing", slug);
        if (!binding.hasErrors()) {
            try {
                CompanyResponse saved = companies.update(slug, form);
                redirect.addFlashAttribute("saved", saved.name());
                return "redirect:" + safeBack(back);
            } catch (DomainException e) {
                if (!e.getCode().equals("version.stale")) {
                    FormErrors.reject(binding, e, "slug");
                } else {
                    CompanyResponse current = companies.get(slug);
                    model.addAttribute("changes", changes(form, CompanyRequest.of(current)));
                    model.addAttribute("form", form.withVersion(current.version()));
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    return "admin/companies/form";
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "admin/companies/form";
    }

    @GetMapping(LIST + "/{slug}/delete")
    String confirmDelete(@PathVariable String slug, @RequestParam(required = false) String back, Model model) {
        model.addAttribute("company", companies.get(slug));
        model.addAttribute("usage", companies.usage(slug));
        model.addAttribute("back", safeBack(back));
        return "admin/companies/delete";
    }

    /** Deletes a company nothing refers to; one still in use is refused with what uses it. */
    @PostMapping(LIST + "/{slug}/delete")
    String delete(
            @PathVariable String slug,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CompanyService.CompanyUsage usage = companies.usage(slug);
        if (usage.inUse()) {
            model.addAttribute("company", companies.get(slug));
            model.addAttribute("usage", usage);
            model.addAttribute("back", safeBack(back));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "admin/companies/delete";
        }
        String name = companies.get(slug).name();
        try {
            companies.delete(slug);
        } catch (DataIntegrityViolationException e) {
            // Someone made it used meanwhile: say so, as for one already in use.
            model.addAttribute("company", companies.get(slug));
            model.addAttribute("usage", companies.usage(slug));
            model.addAttribute("back", safeBack(back));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "admin/companies/delete";
        }
        redirect.addFlashAttribute("deleted", name);
        return "redirect:" + safeBack(back);
    }

    /** The fields someone else changed since the form was opened: field → value now stored. */
    private static Map<String, String> changes(CompanyRequest mine, CompanyRequest stored) {
        Map<String, String> changes = new LinkedHashMap<>();
        compare(changes, "slug", mine.slug(), stored.slug());
        compare(changes, "name", mine.name(), stored.name());
        compare(changes, "nativeName", mine.nativeName(), stored.nativeName());
        compare(changes, "parent", mine.parent(), stored.parent());
        compare(changes, "sector", mine.sector(), stored.sector());
        compare(changes, "originCountry", mine.originCountry(), stored.originCountry());
        compare(changes, "originCity", mine.originCity(), stored.originCity());
        compare(changes, "globalHq", mine.globalHq(), stored.globalHq());
        compare(changes, "foundedYear", mine.foundedYear(), stored.foundedYear());
        compare(changes, "website", mine.website(), stored.website());
        compare(changes, "description", mine.description(), stored.description());
        return changes;
    }

    private static void compare(Map<String, String> changes, String field, Object mine, Object stored) {
        if (!Objects.equals(mine, stored)) {
            changes.put(field, stored == null ? "" : stored.toString());
        }
    }

    /** Only a list address of this page may be returned to, never another site. */
    static String safeBack(String back) {
        return back != null
                        && back.startsWith(LIST)
                        && !back.startsWith(LIST + "/")
                        && !back.contains("//")
                        && !back.contains("{")
                        && !back.contains("}")
                ? back
                : LIST;
    }
}
