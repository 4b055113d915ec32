package com.chuhai.tracker.admin;

import com.chuhai.tracker.suggestion.SuggestionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where editors land after signing in, told how many readers' suggestions wait for them. */
@Controller
class AdminController {

    private final SuggestionService suggestions;

    AdminController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("waitingSuggestions", suggestions.waitingCount());
        return "admin/index";
    }
}
