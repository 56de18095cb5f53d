package dev.luccaokta.oktasandbox.directory;

/** A source group's profile: a display name (1–255 characters) and an optional description (up to 1024). */
public record GroupProfile(String displayName, String description) {
}
