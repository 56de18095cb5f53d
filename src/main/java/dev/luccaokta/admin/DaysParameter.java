package dev.luccaokta.admin;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@code ?days=} parameter: how many days back, today included, from 1 to 30. */
@WholeNumber(min = 1, max = DaysParameter.MOST, message = DaysParameter.MESSAGE)
@Target(PARAMETER)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface DaysParameter {

    int MOST = 30;
    String MESSAGE = "days must be a whole number from 1 to " + MOST;

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
