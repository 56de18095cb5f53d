package dev.luccaokta.writeback;

/**
 * One Lucca field a write changes: the SCIM attribute it came from, the Lucca field, and its value before and
 * after as Okta sees it ({@code null} when empty).
 */
public record FieldChange(String attribute, String field, String before, String after) {
}
