package dev.luccaokta.lucca;

/** Lucca's envelope around a single user: {@code {"data": {...}}}. */
public record LuccaUserItem(LuccaUser data) {
}
