package com.chuhai.tracker.user;

import com.chuhai.tracker.shared.InvalidInputException;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any signed-in user changes their own password at /account/password. */
@Controller
class AccountController {

    private final UserService users;

    AccountController(UserService users) {
        this.users = users;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            Principal user,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors() && !form.replacement().equals(form.confirmation())) {
            binding.rejectValue("confirmation", "user.passwordsDiffer");
        }
        if (!binding.hasErrors()) {
            try {
                users.changePassword(user.getName(), form.current(), form.replacement());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/account/password";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "account/password";
    }
}
