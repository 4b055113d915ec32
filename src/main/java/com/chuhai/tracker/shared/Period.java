package com.chuhai.tracker.shared;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A market-share period: a year ({@code 2024}) or a quarter ({@code 2024-Q3}). Null is valid. A violation is reported as
 * {@code Pattern}, and the published API schemas carry the pattern ({@code web/SchemaTruth}).
 */
@Pattern(regexp = Period.PATTERN)
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Documented
public @interface Period {

    String PATTERN = "\\d{4}(-Q[1-4])?";

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default "{period.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
