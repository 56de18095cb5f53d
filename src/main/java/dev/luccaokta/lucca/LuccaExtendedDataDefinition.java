package dev.luccaokta.lucca;

/**
 * An environment-specific property ("extended data") of a Lucca instance: its {@code e_xxx} code, label,
 * kind ({@code simple}, {@code compound}, {@code configurableCompound}, {@code multipleOccurrences}) and, for
 * simple data, its type ({@code string}, {@code date}, {@code number}, {@code boolean}).
 */
public record LuccaExtendedDataDefinition(String code, String label, String kind, String type) {
}
