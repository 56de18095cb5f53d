package dev.luccaokta.admin;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A query parameter that must be a whole number from {@link #min()} to {@link #max()}, white space around it allowed.
 * The parameter stays text: JAX-RS would answer a number it cannot convert with a bare 404, where the administration
 * API says what to send.
 *
 * <pre>{@code
 * @QueryParam("days") @DefaultValue("7") @WholeNumber(min = 1, max = 30, message = "days must be ...") String days
 * int span = WholeNumber.Check.value(days);
 * }</pre>
 */
@Target({PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = WholeNumber.Check.class)
public @interface WholeNumber {

    long min() default 0;

    long max() default Integer.MAX_VALUE;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether the text is such a number; none (no parameter and no default) is left to the endpoint. */
    class Check implements ConstraintValidator<WholeNumber, String> {

        private long min;
        private long max;

        @Override
        public void initialize(WholeNumber bounds) {
            min = bounds.min();
            max = bounds.max();
        }

        /** The value of a parameter this constraint let through. */
        static int value(String parameter) {
            return Integer.parseInt(parameter.strip());
        }

        @Override
        public boolean isValid(String parameter, ConstraintValidatorContext context) {
            if (parameter == null) {
                return true;
            }
            String digits = parameter.strip();
            return digits.matches("\\d{1,18}") && Long.parseLong(digits) >= min && Long.parseLong(digits) <= max;
        }
    }
}
