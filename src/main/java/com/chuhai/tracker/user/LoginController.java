package com.chuhai.tracker.user;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST, the failures and signing out. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
