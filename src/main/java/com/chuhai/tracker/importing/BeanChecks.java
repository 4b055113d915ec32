package com.chuhai.tracker.importing;

import com.chuhai.tracker.shared.DomainException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean validation outside a controller (imports), failing as {@link DomainException}. */
public final class BeanChecks {

    private BeanChecks() {}

    public static void check(Validator validator, Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            List<DomainException.FieldProblem> problems = violations.stream()
                    .sorted(Comparator.comparing(
                            violation -> violation.getPropertyPath().toString()))
                    .map(violation -> new DomainException.FieldProblem(
                            violation.getPropertyPath().toString(), violation.getMessage()))
                    .toList();
            throw DomainException.invalid(problems);
        }
    }
}
