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
 * A web address: {@code http://} or {@code https://} and no spaces. Null is valid. A violation is reported as
 * {@code Pattern}, and the published API schemas carry the pattern ({@code web/SchemaTruth}).
 */
@Pattern(regexp = WebUrl.PATTERN)
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Documented
public @interface WebUrl {

    String PATTERN = "https?://\\S+";

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default "{url.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
