package com.chuhai.tracker.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What a form's own constraints say about its fields, for the templates ({@code @formRules}): which
 * must be filled in, so a form marks them before it is sent (js/forms.js reads the form's
 * {@code data-required}). The rules are the Bean Validation constraints the form is checked with,
 * so the marks cannot drift from them.
 */
@Component("formRules")
public class FormRules {

    private static final Set<Class<? extends Annotation>> REQUIRED =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final Validator validator;
    private final Map<Class<?>, String> required = new ConcurrentHashMap<>();

    FormRules(Validator validator) {
        this.validator = validator;
    }

    /** The names of the form's fields that must be filled in, separated by spaces. */
    public String required(Object form) {
        return form == null ? "" : required.computeIfAbsent(form.getClass(), this::requiredOf);
    }

    private String requiredOf(Class<?> type) {
        List<String> names = validator.getConstraintsForClass(type).getConstrainedProperties().stream()
                .filter(property -> property.getConstraintDescriptors().stream()
                        .anyMatch(constraint ->
                                REQUIRED.contains(constraint.getAnnotation().annotationType())))
                .map(PropertyDescriptor::getPropertyName)
                .sorted()
                .toList();
        return String.join(" ", names);
    }
}
