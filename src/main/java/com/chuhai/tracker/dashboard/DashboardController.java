package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.sharing.LinkPreview;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard: headline numbers and seven charts, each chart with a table of the same numbers, and
 * the latest migrations. Every number of a table and every bar of a company chart leads to the
 * companies behind it ({@link DashboardLinks}). {@link DashboardPresenter} assembles what it shows.
 */
@Controller
class DashboardController {

    private final DashboardPresenter presenter;

    DashboardController(DashboardPresenter presenter) {
        this.presenter = presenter;
    }

    @GetMapping("/")
    String dashboard(
            @ModelAttribute("filter") DashboardFilter filter,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        DashboardView view = presenter.present(filter, binding, locale);
        if (view.invalidFilter()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("view", view);
        new LinkPreview(view.shareTitle(), view.shareDescription()).addTo(model);
        return "dashboard/index";
    }
}
