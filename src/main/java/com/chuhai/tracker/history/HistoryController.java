package com.chuhai.tracker.history;

import com.chuhai.tracker.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * /admin/{kind}/{key}/history for companies, providers, regions, adoptions and migrations: each version
 * with who saved it, when, and its field-by-field changes; an earlier version can be restored.
 */
@Controller
class HistoryController {

    private final Map<String, RecordHistory> histories;

    HistoryController(List<RecordHistory> histories) {
        this.histories = histories.stream().collect(Collectors.toMap(RecordHistory::kind, Function.identity()));
    }

    @GetMapping("/admin/{kind}/{key}/history")
    String history(@PathVariable String kind, @PathVariable String key, Model model) {
        RecordHistory history = history(kind);
        List<HistoryService.Version> versions = new ArrayList<>(history.versions(key));
        Collections.reverse(versions);
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("title", history.title(key));
        model.addAttribute("fieldMessages", history.fieldMessages());
        model.addAttribute("versions", versions);
        return "admin/history";
    }

    @PostMapping("/admin/{kind}/{key}/history/{revision}/restore")
    String restore(
            @PathVariable String kind,
            @PathVariable String key,
            @PathVariable long revision,
            RedirectAttributes redirect) {
        String current = key;
        try {
            current = history(kind).restore(key, revision);
            redirect.addFlashAttribute("restored", revision);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", revision);
        }
        return "redirect:/admin/" + kind + "/" + UriUtils.encodePathSegment(current, StandardCharsets.UTF_8)
                + "/history";
    }

    private RecordHistory history(String kind) {
        RecordHistory history = histories.get(kind);
        if (history == null) {
            throw DomainException.notFound("history", kind);
        }
        return history;
    }
}
