package dev.luccaokta.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an administration endpoint (or all of a resource's) as reserved to operators; {@link AdminAccess} refuses
 * everyone else with {@link #value()} as the 403's detail, before the request's body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OperatorsOnly {

    /** Why only operators may: the refusal's detail. */
    String value();
}
