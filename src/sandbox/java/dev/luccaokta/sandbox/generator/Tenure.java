package dev.luccaokta.sandbox.generator;

/** Where an employee stands relative to "today", which decides how their contract dates are drawn. */
enum Tenure {
    /** Under contract today, possibly on a fixed-term contract that ends later. */
    CURRENT,
    /** The contract ended before today. */
    FORMER,
    /** The contract starts after today. */
    FUTURE
}
