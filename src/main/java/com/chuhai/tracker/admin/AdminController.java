package com.chuhai.tracker.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where editors land after signing in. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String home() {
        return "admin/index";
    }
}
