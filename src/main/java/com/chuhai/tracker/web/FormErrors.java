package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.InvalidInputException;
import com.chuhai.tracker.shared.RuleViolationException;
import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/**
 * Shows a domain refusal on the form that caused it: each problem beside its field, or above the form
 * when the field it names is not one of the form's (a rule of a nested object, say).
 */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult binding, InvalidInputException e) {
        e.getProblems().forEach(p -> reject(binding, p.field(), p.code(), p.args()));
    }

    public static void reject(BindingResult binding, RuleViolationException e) {
        reject(binding, e.getField(), e.getCode(), e.getArgs());
    }

    private static void reject(BindingResult binding, String field, String code, Object[] args) {
        try {
            binding.rejectValue(field, code, args, code);
        } catch (BeansException notAField) {
            binding.reject(code, args, code);
        }
    }
}
