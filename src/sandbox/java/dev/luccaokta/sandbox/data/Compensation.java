package dev.luccaokta.sandbox.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The theoretical compensation of a user file: a yearly gross amount in the currency of the employee's legal unit.
 * Lucca exposes it read-only; nothing in the API can change it.
 */
public record Compensation(BigDecimal amount, String currency) {
    public Compensation {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
