package com.chuhai.tracker.user;

import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage users at /admin/users: create them, change their role, disable them. */
@Controller
class AdminUserController {

    private final UserService users;
    private final MessageSource messages;

    AdminUserController(UserService users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("form", UserForm.empty());
        return show(model);
    }

    @PostMapping("/admin/users")
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                users.create(form.username(), form.role(), form.password());
                redirect.addFlashAttribute("saved", form.username());
                return "redirect:/admin/users";
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model);
    }

    /** Changes a user's role and whether they may sign in; the version guards against a stale page. */
    @PostMapping("/admin/users/{username}")
    String update(
            @PathVariable String username,
            @RequestParam Role role,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            users.update(username, version, role, enabled);
            redirect.addFlashAttribute("saved", username);
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage(e.getCode(), e.getArgs(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/users";
    }

    private String show(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }
}
