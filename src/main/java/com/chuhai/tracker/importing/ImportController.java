package com.chuhai.tracker.importing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * /admin/import: upload a CSV of companies, adoptions or migrations; a dry run shows the first rows and
 * every bad line; confirming saves all rows or none. The checked file waits in the session meanwhile.
 */
@Controller
class ImportController {

    /** The largest file accepted, in bytes. */
    static final long MAX_BYTES = 2 * 1024 * 1024;

    /** The one checked file of a session that waits for confirmation; a newer check replaces it. */
    private static final String PENDING = "import.pending";

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/import")
    String form(Model model) {
        return show(model);
    }

    @PostMapping("/admin/import")
    String check(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) MultipartFile file,
            HttpSession session,
            Model model,
            HttpServletResponse response)
            throws IOException {
        model.addAttribute("kind", kind);
        if (!imports.kinds().contains(kind)) {
            return refuse(model, response, "import.unknownKind");
        }
        if (file == null || file.isEmpty()) {
            return refuse(model, response, "import.noFile");
        }
        if (file.getSize() > MAX_BYTES) {
            return refuse(model, response, "import.tooLarge");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            return refuse(model, response, "import.notUtf8");
        }
        ImportService.Result result = imports.run(kind, text, false);
        model.addAttribute("result", result);
        model.addAttribute("columns", imports.columns(kind));
        if (result.ok()) {
            String token = UUID.randomUUID().toString();
            session.setAttribute(PENDING, new Pending(token, kind, text));
            model.addAttribute("token", token);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return show(model);
    }

    @PostMapping("/admin/import/confirm")
    String confirm(@RequestParam String token, HttpSession session, Model model, HttpServletResponse response) {
        Object pending = session.getAttribute(PENDING);
        if (!(pending instanceof Pending checked) || !checked.token().equals(token)) {
            return refuse(model, response, "import.expired");
        }
        session.removeAttribute(PENDING);
        ImportService.Result result = imports.run(checked.kind(), checked.text(), true);
        model.addAttribute("kind", checked.kind());
        model.addAttribute("result", result);
        model.addAttribute("columns", imports.columns(checked.kind()));
        if (!result.saved()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return show(model);
    }

    private String refuse(Model model, HttpServletResponse response, String problem) {
        model.addAttribute("problem", problem);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("maxMegabytes", MAX_BYTES / 1024 / 1024);
        return "admin/import";
    }

    /** A checked file waiting for confirmation. */
    record Pending(String token, String kind, String text) implements java.io.Serializable {}
}
