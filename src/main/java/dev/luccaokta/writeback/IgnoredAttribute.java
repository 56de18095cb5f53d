package dev.luccaokta.writeback;

/** A value Okta sent that Lucca does not take, and why. */
public record IgnoredAttribute(String attribute, String reason) {
}
