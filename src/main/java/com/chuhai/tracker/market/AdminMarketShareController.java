package com.chuhai.tracker.market;

import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.AdminForms;
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

/** Editors keep market shares at /admin/market-shares: the list, new and edit forms, and deletion. */
@Controller
@AdminForms
class AdminMarketShareController {

    static final String LIST = "/admin/market-shares";

    private final MarketShareService shares;
    private final ProviderService providers;

    AdminMarketShareController(MarketShareService shares, ProviderService providers) {
        this.shares = shares;
        this.providers = providers;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute(
                "shares",
                shares.list(
                        new MarketShareFilter(null, null, null),
                        Sort.by(Sort.Direction.DESC, "period").and(Sort.by("scope", "provider.slug"))));
        return "admin/market-shares/list";
    }

    @GetMapping(LIST + "/new")
    String newForm(Model model) {
        model.addAttribute("form", MarketShareForm.empty());
        return show(model);
    }

    @PostMapping(LIST)
    String create(
            @Valid @ModelAttribute("form") MarketShareForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(null, form, binding, model, redirect, response);
    }

    @GetMapping(LIST + "/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", MarketShareForm.of(shares.get(id)));
        model.addAttribute("editing", id);
        return show(model);
    }

    @PostMapping(LIST + "/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MarketShareForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("editing", id);
        return save(id, form, binding, model, redirect, response);
    }

    @GetMapping(LIST + "/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("share", shares.get(id));
        return "admin/market-shares/delete";
    }

    @PostMapping(LIST + "/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        shares.delete(id);
        redirect.addFlashAttribute("deleted", id);
        return "redirect:" + LIST;
    }

    /**
     * Creates ({@code id} null) or replaces a share. A share already stored for that provider, period
     * and scope, or a newer version saved meanwhile, is refused and said so.
     */
    private String save(
            Long id,
            MarketShareForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                MarketShareResponse saved =
                        id == null ? shares.create(form.toRequest()) : shares.update(id, form.toRequest());
                redirect.addFlashAttribute("saved", saved.period() + " " + saved.provider());
                return "redirect:" + LIST;
            } catch (DomainException e) {
                if (id != null && e.getCode().equals("version.stale")) {
                    model.addAttribute("currentVersion", shares.get(id).version());
                }
                if (e.getProblems().isEmpty()) {
                    binding.reject(e.getCode(), e.getArgs(), e.getCode());
                }
                // The form has one source, whose problems (sources[0].url, …) are shown beside it.
                e.getProblems()
                        .forEach(p -> binding.rejectValue(
                                p.field() != null && p.field().startsWith("source") ? "sourceTitle" : p.field(),
                                p.code(),
                                p.args(),
                                p.code()));
            } catch (DataIntegrityViolationException e) {
                binding.reject("marketShare.taken");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("providers", providers.summaries());
        return "admin/market-shares/form";
    }
}
