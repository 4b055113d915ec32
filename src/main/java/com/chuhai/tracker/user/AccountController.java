package com.chuhai.tracker.user;

import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.web.ClientAddress;
import com.chuhai.tracker.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final DatabaseUserDetailsService details;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserService users, DatabaseUserDetailsService details) {
        this.users = users;
        this.details = details;
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
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!binding.hasErrors() && !form.replacement().equals(form.confirmation())) {
            binding.rejectValue("confirmation", "user.passwordsDiffer");
        }
        if (!binding.hasErrors()) {
            try {
                users.changePassword(
                        user.getName(),
                        form.current(),
                        form.replacement(),
                        request.getSession().getId(),
                        ClientAddress.of(request.getRemoteAddr()));
                signInAgain(user.getName(), request, response);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/account/password";
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "account/password";
    }

    /**
     * This session goes on with what the user may do now: a user who had to replace a generated
     * password gets their role.
     */
    private void signInAgain(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails now = details.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
