package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.DomainException;
import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/**
 * Shows a domain refusal on the form that caused it: each problem of bad input beside its field, or
 * above the form when the field it names is not one of the form's (a rule of a nested object, say);
 * any other refusal (a clash with the stored data) above the form.
 */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult binding, DomainException e) {
        if (e.getProblems().isEmpty()) {
            binding.reject(e.getCode(), e.getArgs(), e.getCode());
        }
        e.getProblems().forEach(p -> reject(binding, p.field(), p.code(), p.args()));
    }

    /** As {@link #reject(BindingResult, DomainException)}, with a clash shown beside {@code clashField}. */
    public static void reject(BindingResult binding, DomainException e, String clashField) {
        if (e.isConflict()) {
            binding.rejectValue(clashField, e.getCode(), e.getArgs(), e.getCode());
        } else {
            reject(binding, e);
        }
    }

    private static void reject(BindingResult binding, String field, String code, Object[] args) {
        if (field == null) {
            binding.reject(code, args, code);
            return;
        }
        try {
            binding.rejectValue(field, code, args, code);
        } catch (BeansException notAField) {
            binding.reject(code, args, code);
        }
    }
}
