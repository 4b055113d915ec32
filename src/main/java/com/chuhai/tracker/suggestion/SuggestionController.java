package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.suggestion.CorrectionTargets.CorrectableRecord;
import com.chuhai.tracker.web.AdminForms;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The readers' side in pages: suggest an adoption without an account (the admin's adoption fields,
 * checked by the same rules), a migration or relocation (the admin's migration fields) or the
 * correction of one field of a recorded adoption or migration, follow a suggestion at its private address, and the accepted ones, in
 * public with their sources.
 */
@Controller
@AdminForms
class SuggestionController {

    private final SuggestionService suggestions;
    private final SuggestionViews views;
    private final CorrectionTargets targets;
    private final ProviderService providers;
    private final RegionCatalog regions;

    SuggestionController(
            SuggestionService suggestions,
            SuggestionViews views,
            CorrectionTargets targets,
            ProviderService providers,
            RegionCatalog regions) {
        this.suggestions = suggestions;
        this.views = views;
        this.targets = targets;
        this.providers = providers;
        this.regions = regions;
    }

    @GetMapping("/suggest/adoption")
    String adoptionForm(@RequestParam(required = false) String company, Model model) {
        model.addAttribute("form", AdoptionSuggestionForm.forCompany(company));
        return showFact("adoption", model);
    }

    @PostMapping("/suggest/adoption")
    String suggestAdoption(
            @Valid @ModelAttribute("form") AdoptionSuggestionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        String sent = send(binding, form::toSuggestion, "adoption.");
        if (sent != null) {
            return sent;
        }
        form.fillSourceRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showFact("adoption", model);
    }

    @GetMapping("/suggest/migration")
    String migrationForm(@RequestParam(required = false) String company, Model model) {
        model.addAttribute("form", MigrationSuggestionForm.forCompany(company));
        return showFact("migration", model);
    }

    @PostMapping("/suggest/migration")
    String suggestMigration(
            @Valid @ModelAttribute("form") MigrationSuggestionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        String sent = send(binding, form::toSuggestion, "migration.");
        if (sent != null) {
            return sent;
        }
        form.fillSourceRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showFact("migration", model);
    }

    /**
     * A correction of one field of {@code target} ({@code adoptions/17}), beside what is recorded now;
     * with {@code field}, that field is chosen and asked for as what it is (a list, a date).
     */
    @GetMapping("/suggest/correction")
    String correctionForm(
            @RequestParam(required = false) String target, @RequestParam(required = false) String field, Model model) {
        CorrectableRecord record = targets.correctable(target);
        CorrectionSuggestionForm form = CorrectionSuggestionForm.forTarget(target);
        if (field != null && record.values().containsKey(field)) {
            form.setField(field);
            form.setValue(record.values().get(field));
        }
        model.addAttribute("form", form);
        return showCorrection(record, model);
    }

    @PostMapping("/suggest/correction")
    String suggestCorrection(
            @Valid @ModelAttribute("form") CorrectionSuggestionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        String sent = send(binding, form::toSuggestion, null);
        if (sent != null) {
            return sent;
        }
        form.fillSourceRows();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showCorrection(targets.correctable(form.getTarget()), model);
    }

    private String showCorrection(CorrectableRecord record, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("providers", providers.summaries());
        model.addAttribute("regions", regions.list());
        return "suggestions/correction";
    }

    /**
     * A suggestion's outcome, for whoever holds its tracking id ({@code sent} just after sending it);
     * kept out of search engines, as its address is the reader's private link.
     */
    @GetMapping("/suggestions/{id}")
    String receipt(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean sent,
            Model model,
            HttpServletResponse response) {
        SuggestionResponse suggestion = views.get(id);
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        // What the reader suggested and its outcome; never the e-mail address (the page does not show it).
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("thanks", sent && suggestion.status() == SuggestionStatus.NEW);
        return "suggestions/receipt";
    }

    @GetMapping("/suggestions/accepted")
    String accepted(Model model) {
        model.addAttribute("accepted", views.acceptedLately());
        return "suggestions/accepted";
    }

    private String showFact(String kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("providers", providers.summaries());
        model.addAttribute("regions", regions.list());
        return "suggestions/fact";
    }

    /**
     * Sends a bound form's suggestion, leading to its private address (a query thanks the reader
     * there: a flash would give the reader a session); null when it is refused, the refusals then
     * bound to the form's fields (the service's {@code adoption.startDate} is the form's {@code
     * startDate}, its {@code email} the form's {@code reader.email}).
     */
    private String send(BindingResult binding, Supplier<SuggestionRequest> suggestion, String prefix) {
        if (binding.hasErrors()) {
            return null;
        }
        try {
            return "redirect:/suggestions/"
                    + suggestions.submit(suggestion.get()).id() + "?sent=true";
        } catch (DomainException e) {
            DomainException refused = prefix == null ? e : e.withoutFieldPrefix(prefix);
            FormErrors.reject(
                    binding,
                    refused.renameFields(field ->
                            field != null && ReaderDetails.FIELDS.contains(field) ? "reader." + field : field));
            return null;
        }
    }
}
