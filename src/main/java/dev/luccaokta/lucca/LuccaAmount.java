package dev.luccaokta.lucca;

import java.math.BigDecimal;

/** A money amount as Lucca returns it, such as {@code theoreticalCompensation}. */
public record LuccaAmount(BigDecimal amount, String currency) {
}
