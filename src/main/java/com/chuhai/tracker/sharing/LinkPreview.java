package com.chuhai.tracker.sharing;

import org.springframework.ui.Model;

/**
 * What a link to a page shows where it is shared: its title and description. {@code layout.html}
 * writes them as the meta description and the Open Graph tags, and a page's {@code <title>} shows the
 * title; a page without one falls back to the tracker's name and description.
 */
public record LinkPreview(String title, String description) {

    /** Gives the layout this preview ({@code pageTitle}, {@code pageDescription}). */
    public void addTo(Model model) {
        model.addAttribute("pageTitle", title);
        model.addAttribute("pageDescription", description);
    }
}
