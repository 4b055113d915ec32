package com.chuhai.tracker.history;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /admin/activity: recent changes across the dataset, filterable by user and kind of record. */
@Controller
class ActivityController {

    private final Activity activity;

    ActivityController(Activity activity) {
        this.activity = activity;
    }

    @GetMapping("/admin/activity")
    String activity(
            @RequestParam(required = false) String user, @RequestParam(required = false) String entity, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("entity", entity);
        model.addAttribute("entities", Activity.ENTITIES);
        model.addAttribute("entries", activity.recent(user, entity));
        return "admin/activity";
    }
}
