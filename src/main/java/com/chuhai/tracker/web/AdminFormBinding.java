package com.chuhai.tracker.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** For every {@link AdminForms} controller: text fields trimmed, an empty one bound as null. */
@ControllerAdvice(annotations = AdminForms.class)
class AdminFormBinding {

    @InitBinder
    void emptyAsNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
